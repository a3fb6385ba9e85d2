#pragma once

#include "MainWindow.h"
#include "common/Settings.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rapport::testing {

// A base for GUI tests that drive the whole main window: a temporary folder, a
// settings file in it, and a main window on a fresh database there. Call
// startWindow() from init() and stopWindow() from cleanup().
class MainWindowTest : public QObject
{
protected:
    bool startWindow()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<core::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<ui::MainWindow>(*m_settings);
        if (!m_window->openDatabase(m_dir->filePath(QStringLiteral("rapport.db"))))
            return false;
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }
    void stopWindow()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace rapport::testing
