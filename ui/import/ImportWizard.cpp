#include "import/ImportWizard.h"

#include "Session.h"
#include "import/ImportFilePage.h"
#include "import/ImportJob.h"
#include "import/ImportMappingPage.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportResultPage.h"
#include "import/ImportTasks.h"
#include "import/ImportUndoCommand.h"
#include "widgets/MessageBox.h"

#include <QPointer>
#include <QUndoStack>

namespace rapport::ui {

ImportWizard::ImportWizard(const PanelContext& context, core::import::Entity entity,
                           QWidget* parent)
    : QWizard(parent)
    , m_context(context)
    , m_job(std::make_unique<ImportJob>())
    , m_filePage(new ImportFilePage(*m_job, context.session->path(), context.settings, this))
    , m_mappingPage(new ImportMappingPage(*m_job, context.session, this))
    , m_previewPage(new ImportPreviewPage(*m_job, context.session, this))
    , m_resultPage(new ImportResultPage(*m_job, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ResultPageId, m_resultPage);
    m_filePage->setEntity(entity);
    resize(760, 600);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentId() != PreviewPageId || runImport();
}

bool ImportWizard::runImport()
{
    auto report = ImportTasks::run(this, m_context.session->path(), m_job->path, m_job->entity,
                                   m_job->options);
    if (!report) {
        const core::Error& error = report.error();
        if (error.code == core::Error::Code::Cancelled)
            MessageBox::information(this, tr("Import Cancelled"),
                                    tr("The import was cancelled; nothing was changed."));
        else
            MessageBox::critical(
                this, tr("Import Failed"),
                tr("Nothing was imported.") + QStringLiteral("\n\n") + error.message, error.sql);
        return false;
    }
    m_job->report = std::move(report).value();
    m_filePage->rememberChoices();
    if (changedData(*m_job->report) && m_context.undoStack) {
        // Errors of a later undo are shown over the main window: the wizard is gone by then.
        QPointer<QWidget> window = parentWidget();
        auto* command = new ImportUndoCommand(
            m_context.session, m_job->entity, *m_job->report, [window](const core::Error& e) {
                MessageBox::critical(window, tr("Undo Import"), e.message, e.sql);
            });
        m_context.undoStack->push(command);
    }
    return true;
}

} // namespace rapport::ui
