# Desktop integration (docs/desktop.md): the menu entry, the icons and the case-file MIME type, installed where the
# freedesktop.org specifications look for them under the prefix. Debian's triggers (desktop-file-utils,
# hicolor-icon-theme, shared-mime-info) refresh their caches when the package is installed; a `cmake --install`
# by hand needs `update-mime-database PREFIX/share/mime` and `update-desktop-database PREFIX/share/applications`.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/sourcetrace.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/sourcetrace.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/mimetypes/application-x-sourcetrace-case.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/mime/sourcetrace.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
