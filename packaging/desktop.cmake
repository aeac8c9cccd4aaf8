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

# PNG renderings of both icons at the hicolor theme's fixed sizes, for the desktops and icon caches that want them
# besides the SVGs: made at build time from the SVGs by st-render-icons (packaging/icons/render-icons.cpp, QtSvg;
# a build tool, not installed), so no binary image is kept in the checkout.
set(ST_ICON_SIZES 16 22 24 32 48 64 128 256)
add_executable(st-render-icons ${CMAKE_CURRENT_SOURCE_DIR}/icons/render-icons.cpp)
target_link_libraries(st-render-icons PRIVATE Qt6::Gui Qt6::Svg)
set(ST_ICON_DIR ${CMAKE_BINARY_DIR}/icons/hicolor)
set(ST_ICON_PNGS)
foreach(icon "apps/sourcetrace:${CMAKE_SOURCE_DIR}/resources/icons/sourcetrace.svg"
             "mimetypes/application-x-sourcetrace-case:${CMAKE_SOURCE_DIR}/resources/icons/mimetypes/application-x-sourcetrace-case.svg")
  string(REPLACE ":" ";" parts "${icon}")
  list(GET parts 0 name)
  list(GET parts 1 svg)
  foreach(size ${ST_ICON_SIZES})
    set(png ${ST_ICON_DIR}/${size}x${size}/${name}.png)
    get_filename_component(dir ${png} DIRECTORY)
    add_custom_command(OUTPUT ${png}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
                       COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:st-render-icons> ${svg} ${size} ${png}
                       DEPENDS st-render-icons ${svg}
                       COMMENT "Icon ${name}.png at ${size}x${size}"
                       VERBATIM)
    list(APPEND ST_ICON_PNGS ${png})
  endforeach()
endforeach()
add_custom_target(icons_png ALL DEPENDS ${ST_ICON_PNGS})
install(DIRECTORY ${ST_ICON_DIR} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
