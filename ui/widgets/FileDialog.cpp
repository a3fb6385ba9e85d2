#include "widgets/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace rapport::ui {

namespace {
std::optional<QString> g_nextFileName;
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter)
{
    if (g_nextFileName) {
        QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    // A save dialog without the overwrite question: the user may pick an existing
    // database or type the name of a new one (which is then created).
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

} // namespace rapport::ui
