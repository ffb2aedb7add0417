# `cmake --install build [--prefix DIR]` and the Debian package (scripts/package,
# CPack's DEB generator). GNUInstallDirs paths under the prefix:
#   bin/copydesk                                     the binary (rules, word lists
#                                                    and release data are compiled in)
#   share/man/man1/copydesk.1                        the manual page (docs/copydesk.1)
#   share/bash-completion/completions/copydesk       shell completions (completions/)
#   share/zsh/vendor-completions/_copydesk
#   share/fish/vendor_completions.d/copydesk.fish
#   share/copydesk/copydesk.schema.json              the .copydesk.json JSON Schema, for editors
#   share/doc/copydesk/                              README and the licences of the bundled data
#   share/doc/copydesk/rules/                        one page per rule (docs/rules), the diagnostics' links
include(GNUInstallDirs)

# Installing (and so CPack) needs only the binary, not every test and
# benchmark: scripts/package builds `copydesk`, then packs; no full build.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

install(TARGETS copydesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/copydesk.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/completions/copydesk.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME copydesk)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_copydesk DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/completions/copydesk.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${PROJECT_SOURCE_DIR}/editors/schema/copydesk.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/copydesk)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/rules/facts/data/LICENSE-releases
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/rules/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/rules)

# The Debian package: runtime dependencies from the libraries the binary links
# (dpkg-shlibdeps, from dpkg-dev), plus the spelling dictionary it opens by
# default (en_US; any hunspell dictionary with --lang).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME copydesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "copydesk maintainers <copydesk@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "proofread and fact-check articles: Markdown, MDX, HTML, AsciiDoc, reStructuredText, LaTeX, Org, Typst, plain text")
set(CPACK_PACKAGE_DESCRIPTION
    "copydesk checks prose for spelling, style, grammar and facts that go stale, in the command line, in CI (SARIF, GitHub annotations, JUnit, Checkstyle) and in editors through its language server.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hunspell-en-us | hunspell-dictionary")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS git)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
include(CPack)
