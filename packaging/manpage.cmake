# Writes a man page from a built program's --help (cmake -P; called by packaging/CMakeLists.txt at build time).
#   -DPROGRAM=<built executable> -DNAME=<sourcetrace|sourcetrace-cli> -DTEMPLATE=<man/NAME.1.in> -DOUT=<NAME.1>
#   -DVERSION=<x.y.z>
# The template holds the hand-written sections and one placeholder: @HELP@, replaced by the program's help, in
# roff. For sourcetrace-cli, the help of every command listed by `sourcetrace-cli --help` (and of every
# subcommand of a command whose usage says COMMAND, e.g. `case new`) follows in its own subsection, so the page
# names every command and option the program has. The programs run in the C locale (English), with no display
# and no user settings.
cmake_policy(VERSION 3.25)
foreach(v PROGRAM NAME TEMPLATE OUT VERSION)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "manpage.cmake: -D${v}=... is missing")
  endif()
endforeach()

set(ENV{LC_ALL} C)
set(ENV{LANG} C)
set(ENV{LANGUAGE} "")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
get_filename_component(_outdir "${OUT}" DIRECTORY)
set(ENV{XDG_CONFIG_HOME} "${_outdir}/.manpage-config")
set(ENV{HOME} "${_outdir}/.manpage-config")

# Runs PROGRAM with the given arguments; the text it prints (stdout then stderr) into `var`.
function(st_help var)
  execute_process(COMMAND "${PROGRAM}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
  string(STRIP "${o}${e}" text)
  string(REPLACE "${PROGRAM}" "${NAME}" text "${text}") # Qt's usage line names argv[0]: the build folder's path
  if(NOT rc EQUAL 0 OR text STREQUAL "")
    string(REPLACE ";" " " args "${ARGN}")
    message(FATAL_ERROR "manpage.cmake: `${PROGRAM} ${args}` failed (exit ${rc}): ${text}")
  endif()
  set(${var} "${text}" PARENT_SCOPE)
endfunction()

# roff for verbatim text: backslashes, hyphens (\- so that options copy and paste as ASCII), leading dots/quotes.
function(st_roff var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${var} ".nf\n${text}\n.fi" PARENT_SCOPE)
endfunction()

if(NAME STREQUAL "sourcetrace-cli")
  st_help(top --help)
  st_roff(body "${top}")
  set(help "${body}\n")
  string(REGEX MATCHALL "\n  [a-z][a-z0-9-]*" cmds "\n${top}")
  foreach(c ${cmds})
    string(STRIP "${c}" c)
    st_help(h ${c} --help)
    st_roff(r "${h}")
    string(APPEND help ".SS ${c}\n${r}\n")
    # A command with subcommands (its usage names COMMAND): each subcommand's own --help.
    string(REGEX MATCH "^[^\n]*" first "${h}")
    if(first MATCHES "COMMAND")
      string(REGEX MATCHALL "\n  [a-z][a-z0-9-]*" subs "${h}")
      list(REMOVE_DUPLICATES subs)
      foreach(s ${subs})
        string(STRIP "${s}" s)
        st_help(sh ${c} ${s} --help)
        st_roff(sr "${sh}")
        string(APPEND help ".SS ${c} ${s}\n${sr}\n")
      endforeach()
    endif()
  endforeach()
else()
  st_help(top --help)
  st_roff(help "${top}")
endif()

string(TIMESTAMP date "%Y-%m-%d" UTC) # SOURCE_DATE_EPOCH when set
file(READ "${TEMPLATE}" page)
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
string(REPLACE "@DATE@" "${date}" page "${page}")
string(REPLACE "@HELP@" "${help}" page "${page}")
file(WRITE "${OUT}" "${page}")
