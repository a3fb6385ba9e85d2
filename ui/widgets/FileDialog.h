#pragma once

#include <QString>

class QWidget;

namespace rapport::ui {

// The file dialogs the GUI shows, behind a seam so tests can answer them
// (setNextFileName) without a modal loop (house style H13).
class FileDialog
{
public:
    // A file to open or to create (a database): no overwrite question.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                const QString& filter);
    // A file that must exist (a file to import).
    static QString existingFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter);
    // A file to write (an export): asks before replacing one.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                const QString& filter);
    // The next dialog is not shown and returns `fileName` ("" = cancelled).
    static void setNextFileName(const QString& fileName);
};

} // namespace rapport::ui
