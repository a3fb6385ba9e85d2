#include "widgets/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace rapport::ui {

namespace {
std::optional<QString> g_nextFileName;

std::optional<QString> takeNextFileName()
{
    std::optional<QString> name = g_nextFileName;
    g_nextFileName.reset();
    return name;
}
} // namespace

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter)
{
    if (auto name = takeNextFileName())
        return *name;
    // A save dialog without the overwrite question: the user may pick an existing
    // database or type the name of a new one (which is then created).
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString FileDialog::existingFileName(QWidget* parent, const QString& caption, const QString& dir,
                                     const QString& filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

} // namespace rapport::ui
