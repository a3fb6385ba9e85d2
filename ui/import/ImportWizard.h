#pragma once

#include "import/ImportSchema.h"
#include "panels/PanelContext.h"

#include <QWizard>

#include <memory>

namespace rapport::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportResultPage;
struct ImportJob;

// File › Import…: a CSV file into customers, companies, products or orders,
// in four pages (file, columns, check, result) over core::import::Importer.
// The pages share an ImportJob; this class assembles them and runs the import
// when the preview page's Import button is pressed (on a worker, with progress
// and Cancel; one transaction, so a failure or Cancel changes nothing). A
// successful import goes on the undo stack, whose first redo makes the
// panels reload.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, ResultPageId };

    ImportWizard(const PanelContext& context, core::import::Entity entity,
                 QWidget* parent = nullptr);
    ~ImportWizard() override;

    const ImportJob& job() const { return *m_job; }
    ImportFilePage* filePage() const { return m_filePage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportResultPage* resultPage() const { return m_resultPage; }

protected:
    bool validateCurrentPage() override;

private:
    bool runImport();

    PanelContext m_context;
    std::unique_ptr<ImportJob> m_job;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportPreviewPage* m_previewPage;
    ImportResultPage* m_resultPage;
};

} // namespace rapport::ui
