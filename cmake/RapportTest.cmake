# rapport_add_core_test(test_name): tests/core/<name>.cpp, linked to core only.
# rapport_add_ui_test(test_name): tests/ui/<name>.cpp, offscreen platform.
function(rapport_add_core_test name)
    add_executable(${name} ${name}.cpp)
    target_link_libraries(${name} PRIVATE rapport_testsupport Qt6::Test)
    rapport_set_project_warnings(${name})
    rapport_share_pch(${name} core_tests CORE)
    add_test(NAME core.${name} COMMAND ${name})
    set_tests_properties(core.${name} PROPERTIES LABELS "core" TIMEOUT 300)
endfunction()

function(rapport_add_ui_test name)
    add_executable(${name} ${name}.cpp)
    target_link_libraries(${name} PRIVATE rapport_ui rapport_testsupport Qt6::Test)
    rapport_set_project_warnings(${name})
    rapport_share_pch(${name} ui_tests UI <QtTest>)
    add_test(NAME ui.${name} COMMAND ${name})
    set_tests_properties(ui.${name} PROPERTIES LABELS "ui" TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANGUAGE=en;LC_ALL=C.UTF-8")
endfunction()
