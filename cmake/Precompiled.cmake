# Precompiled headers. Almost every file includes a few dozen Qt and standard
# headers (some 130,000 lines once preprocessed); parsing them once per target, or
# once per folder of tests, instead of once per file is the largest saving in the
# build, and the build is most of `make test`'s time on two cores.
#
# Only system headers go in: a change to one of ours must not rebuild everything.
# -Winvalid-pch turns a header the compiler would quietly not use (flags that
# differ between the target that made it and one that reuses it) into a warning,
# and so, with RAPPORT_WERROR, into a failed build rather than a slow one.
option(RAPPORT_PCH "Precompile the common Qt and standard headers (faster builds)" ON)

set(RAPPORT_PCH_CORE_HEADERS
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo>
    <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QSet> <QSqlDatabase>
    <QSqlError> <QSqlQuery> <QString> <QStringList> <QVariant>
    <algorithm> <array> <cmath> <cstdint> <functional> <limits> <memory> <optional>
    <utility> <vector>)
set(RAPPORT_PCH_UI_HEADERS ${RAPPORT_PCH_CORE_HEADERS}
    <QAction> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QLocale> <QMenu> <QPlainTextEdit>
    <QPointer> <QPushButton> <QTimer> <QToolButton> <QUndoStack> <QVBoxLayout> <QWidget>)
set(RAPPORT_PCH_TEST_HEADERS <QSignalSpy> <QTemporaryDir> <QTest>)

# rapport_use_pch(target CORE|UI [more headers]): the headers for `target`, compiled
# for it alone (libraries and programs).
function(rapport_use_pch target kind)
    if(NOT RAPPORT_PCH)
        return()
    endif()
    target_precompile_headers(${target} PRIVATE ${ARGN} ${RAPPORT_PCH_${kind}_HEADERS})
    target_compile_options(${target} PRIVATE -Winvalid-pch)
endfunction()

# rapport_share_pch(target group CORE|UI [more headers]): test programs of one folder share one
# precompiled header (their compile flags are the same; Qt Test's
# QT_TESTCASE_BUILDDIR differs between folders, hence a group per folder). The
# first target of a group makes it, the others reuse it.
function(rapport_share_pch target group kind)
    if(NOT RAPPORT_PCH)
        return()
    endif()
    get_property(owner GLOBAL PROPERTY RAPPORT_PCH_OWNER_${group})
    if(owner)
        target_precompile_headers(${target} REUSE_FROM ${owner})
    else()
        target_precompile_headers(${target} PRIVATE ${RAPPORT_PCH_${kind}_HEADERS}
                                                    ${RAPPORT_PCH_TEST_HEADERS} ${ARGN})
        set_property(GLOBAL PROPERTY RAPPORT_PCH_OWNER_${group} ${target})
    endif()
    target_compile_options(${target} PRIVATE -Winvalid-pch)
endfunction()
