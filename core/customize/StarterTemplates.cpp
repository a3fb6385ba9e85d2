#include "customize/StarterTemplates.h"

#include "domain/CustomField.h"
#include "domain/SavedView.h"
#include "storage/CustomFieldRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/SavedViewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::StarterTemplates)
};

// The templates as data; texts are translated when a template is applied, so
// the owner's file holds labels and choices in the owner's language.
struct FieldSpec
{
    FieldEntity entity;
    const char* key;
    const char* label;
    CustomFieldType type;
    QList<const char*> choices;
    const char* help = "";
    bool indexed = false;
};

struct StageSpec
{
    const char* name;
    int probability;
    StageOutcome outcome = StageOutcome::Open;
};

struct ViewSpec
{
    FieldEntity entity;
    const char* name;
    const char* field; // one condition, or none when empty
    FilterCondition::Op op = FilterCondition::Op::Equals;
    const char* value = ""; // translated when it is a choice
    const char* sortKey = "";
    bool descending = false;
};

struct TemplateSpec
{
    const char* key;
    const char* name;
    const char* description;
    QList<FieldSpec> fields;
    const char* pipeline;
    QList<StageSpec> stages;
    QList<ViewSpec> views;
};

using Type = CustomFieldType;
using Op = FilterCondition::Op;
constexpr auto Won = StageOutcome::Won;
constexpr auto Lost = StageOutcome::Lost;

const QList<TemplateSpec>& specs()
{
    static const QList<TemplateSpec> all{
        {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "retail"),
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Shop or retail"),
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates",
                           "Members with levels, birthdays and loyalty points; wholesale "
                           "inquiries as a pipeline."),
         {
             {FieldEntity::Customers,
              "member_level",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Member level"),
              Type::Choice,
              {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Regular"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Silver"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Gold"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "VIP")},
              "",
              true},
             {FieldEntity::Customers,
              "birthday",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Birthday"),
              Type::Date,
              {}},
             {FieldEntity::Customers,
              "loyalty_points",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Loyalty points"),
              Type::Number,
              {}},
             {FieldEntity::Customers,
              "preferred_channel",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Preferred channel"),
              Type::Choice,
              {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "In store"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Online shop"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "WeChat"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Phone")}},
             {FieldEntity::Products,
              "supplier",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Supplier"),
              Type::Text,
              {}},
             {FieldEntity::Products,
              "reorder_level",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Reorder level"),
              Type::Number,
              {},
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates",
                                "Order more when stock falls to this many.")},
         },
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Wholesale"),
         {
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Inquiry"), 10},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Quote sent"), 40},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Negotiation"), 70},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Won"), 100, Won},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Lost"), 0, Lost},
         },
         {
             {FieldEntity::Customers,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "VIP members"),
              "custom.member_level", Op::Equals,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "VIP")},
             {FieldEntity::Customers,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Top loyalty points"),
              "custom.loyalty_points", Op::IsNotEmpty, "", "custom.loyalty_points", true},
             {FieldEntity::Customers,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Open to marketing"),
              "opted_out", Op::Equals, "false"},
         }},
        {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "b2b"),
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "B2B services"),
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates",
                           "Contacts with roles at companies with an industry and size; a "
                           "classic sales pipeline."),
         {
             {FieldEntity::Customers,
              "job_title",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Job title"),
              Type::Text,
              {}},
             {FieldEntity::Customers,
              "buying_role",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Buying role"),
              Type::Choice,
              {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Decision maker"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Influencer"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "User"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Gatekeeper")}},
             {FieldEntity::Companies,
              "industry",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Industry"),
              Type::Choice,
              {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Manufacturing"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Retail"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Technology"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Finance"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Healthcare"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Education"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Public sector"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Other")}},
             {FieldEntity::Companies,
              "employees",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Employees"),
              Type::Number,
              {}},
             {FieldEntity::Companies,
              "contract_renewal",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Contract renewal"),
              Type::Date,
              {}},
             {FieldEntity::Deals,
              "source",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Lead source"),
              Type::Choice,
              {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Referral"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Website"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Trade fair"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Cold call")}},
         },
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Sales"),
         {
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Lead"), 10},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Qualified"), 25},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Proposal"), 50},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Negotiation"), 75},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Won"), 100, Won},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Lost"), 0, Lost},
         },
         {
             {FieldEntity::Customers,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Decision makers"),
              "custom.buying_role", Op::Equals,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Decision maker")},
             {FieldEntity::Companies,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Renewals by date"),
              "custom.contract_renewal", Op::IsNotEmpty, "", "custom.contract_renewal"},
         }},
        {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "clinic"),
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Clinic or health practice"),
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates",
                           "Patients with date of birth, allergies, insurance and last visit; "
                           "treatment plans as a pipeline."),
         {
             {FieldEntity::Customers,
              "date_of_birth",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Date of birth"),
              Type::Date,
              {}},
             {FieldEntity::Customers,
              "allergies",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Allergies"),
              Type::LongText,
              {},
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates",
                                "Known allergies and intolerances, as the patient stated them.")},
             {FieldEntity::Customers,
              "insurer",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Insurer"),
              Type::Text,
              {}},
             {FieldEntity::Customers,
              "insurance_number",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Insurance number"),
              Type::Text,
              {}},
             {FieldEntity::Customers,
              "last_visit",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Last visit"),
              Type::Date,
              {},
              "",
              true},
             {FieldEntity::Customers,
              "emergency_phone",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Emergency contact phone"),
              Type::Phone,
              {}},
         },
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Treatment plans"),
         {
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Consultation"), 20},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Plan proposed"), 50},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "In treatment"), 80},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Completed"), 100, Won},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Declined"), 0, Lost},
         },
         {
             {FieldEntity::Customers,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Recall: longest since visit"),
              "custom.last_visit", Op::IsNotEmpty, "", "custom.last_visit"},
             {FieldEntity::Customers,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "With allergies"),
              "custom.allergies", Op::IsNotEmpty},
         }},
        {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "education"),
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Education or training"),
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates",
                           "Students with level, courses of interest and a guardian; enrolment "
                           "from inquiry to trial lesson as a pipeline."),
         {
             {FieldEntity::Customers,
              "level",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Level"),
              Type::Choice,
              {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Primary school"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Junior high"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Senior high"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "University"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Adult")}},
             {FieldEntity::Customers,
              "courses",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Courses of interest"),
              Type::MultiChoice,
              {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Mathematics"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "English"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Science"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Art"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Music"),
               QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Programming")}},
             {FieldEntity::Customers,
              "guardian",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Parent or guardian"),
              Type::Text,
              {}},
             {FieldEntity::Customers,
              "guardian_phone",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Guardian's phone"),
              Type::Phone,
              {}},
             {FieldEntity::Customers,
              "enrolled_on",
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Enrolled on"),
              Type::Date,
              {}},
         },
         QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Enrolment"),
         {
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Inquiry"), 10},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Trial lesson"), 40},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Offer made"), 70},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Enrolled"), 100, Won},
             {QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Not enrolled"), 0, Lost},
         },
         {
             {FieldEntity::Customers,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Interested in programming"),
              "custom.courses", Op::Contains,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Programming")},
             {FieldEntity::Customers,
              QT_TRANSLATE_NOOP("rapport::core::StarterTemplates", "Not enrolled yet"),
              "custom.enrolled_on", Op::IsEmpty},
         }},
    };
    return all;
}

const TemplateSpec* specFor(const QString& key)
{
    for (const TemplateSpec& spec : specs()) {
        if (QLatin1String(spec.key) == key)
            return &spec;
    }
    return nullptr;
}

CustomFieldDef fieldFrom(const FieldSpec& spec)
{
    CustomFieldDef def;
    def.entity = spec.entity;
    def.key = QLatin1String(spec.key);
    def.label = Text::tr(spec.label);
    def.type = spec.type;
    for (const char* choice : spec.choices)
        def.choices << Text::tr(choice);
    def.help = *spec.help ? Text::tr(spec.help) : QString();
    def.indexed = spec.indexed;
    return def;
}

SavedView viewFrom(const ViewSpec& spec, const QList<FieldSpec>& fields)
{
    SavedView view;
    view.entity = spec.entity;
    view.name = Text::tr(spec.name);
    view.sortKey = QLatin1String(spec.sortKey);
    view.descending = spec.descending;
    if (*spec.field) {
        FilterCondition condition;
        condition.field = QLatin1String(spec.field);
        condition.op = spec.op;
        const QString value = QLatin1String(spec.value);
        if (value == QLatin1String("false")) {
            condition.value = false;
        } else if (!value.isEmpty()) {
            // A choice is stored in the language the field was created in.
            bool isChoice = false;
            for (const FieldSpec& field : fields)
                isChoice |= condition.field == QLatin1String("custom.") + QLatin1String(field.key)
                            && !field.choices.isEmpty();
            condition.value = isChoice ? Text::tr(spec.value) : value;
        }
        view.filter.conditions << condition;
    }
    return view;
}

} // namespace

QJsonObject StarterTemplateReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("template"), key);
    o.insert(QStringLiteral("fields_created"), fieldIds.size());
    o.insert(QStringLiteral("fields_kept"), QJsonArray::fromStringList(fieldsKept));
    o.insert(QStringLiteral("pipeline"), pipelineId ? QJsonValue(pipelineName) : QJsonValue());
    o.insert(QStringLiteral("stages"), stages);
    o.insert(QStringLiteral("views_created"), viewIds.size());
    o.insert(QStringLiteral("views_kept"), QJsonArray::fromStringList(viewsKept));
    return o;
}

QList<StarterTemplateInfo> starterTemplates()
{
    QList<StarterTemplateInfo> infos;
    for (const TemplateSpec& spec : specs())
        infos << StarterTemplateInfo{QLatin1String(spec.key), Text::tr(spec.name),
                                     Text::tr(spec.description)};
    return infos;
}

Result<StarterTemplateReport> applyStarterTemplate(const QSqlDatabase& db, const QString& key,
                                                   ChangeHub* hub, const Clock& clock)
{
    const TemplateSpec* spec = specFor(key);
    if (!spec) {
        QStringList keys;
        for (const TemplateSpec& s : specs())
            keys << QLatin1String(s.key);
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("There is no starter template “%1”; choose one of: %2.")
                               .arg(key, keys.join(QStringLiteral(", "))));
    }
    StarterTemplateReport report;
    report.key = key;
    // The repositories announce their writes only after the transaction: a
    // listener reading in between would see rows that a rollback removes.
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();

    CustomFieldRepository fields(db, nullptr, clock);
    for (const FieldSpec& fieldSpec : spec->fields) {
        const CustomFieldDef def = fieldFrom(fieldSpec);
        if (fields.byKey(def.entity, def.key)) {
            report.fieldsKept << def.label;
            continue;
        }
        auto created = fields.create(def);
        if (!created)
            return created.error();
        report.fieldIds << *created;
    }

    PipelineRepository pipelines(db, nullptr, clock);
    report.pipelineName = Text::tr(spec->pipeline);
    auto existing = pipelines.pipelines();
    if (!existing)
        return existing.error();
    bool taken = false;
    for (const Pipeline& pipeline : *existing)
        taken |= pipeline.name.compare(report.pipelineName, Qt::CaseInsensitive) == 0;
    if (!taken) {
        QList<PipelineStage> stages;
        for (const StageSpec& stageSpec : spec->stages) {
            PipelineStage stage;
            stage.name = Text::tr(stageSpec.name);
            stage.probability = stageSpec.probability;
            stage.outcome = stageSpec.outcome;
            stages << stage;
        }
        auto created = pipelines.createPipeline(report.pipelineName, stages);
        if (!created)
            return created.error();
        report.pipelineId = *created;
        report.stages = int(stages.size());
    }

    SavedViewRepository views(db, nullptr, clock);
    for (const ViewSpec& viewSpec : spec->views) {
        const SavedView view = viewFrom(viewSpec, spec->fields);
        if (views.byName(view.entity, view.name)) {
            report.viewsKept << view.name;
            continue;
        }
        auto created = views.create(view);
        if (!created)
            return created.error();
        report.viewIds << *created;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (hub) {
        hub->notify(Entity::CustomField);
        hub->notify(Entity::Pipeline);
        hub->notify(Entity::SavedView);
    }
    return report;
}

namespace {

template<typename Step>
Status eachCreated(const QSqlDatabase& db, ChangeHub* hub, Step step)
{
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    CustomFieldRepository fields(db);
    PipelineRepository pipelines(db);
    SavedViewRepository views(db);
    if (Status s = step(fields, pipelines, views); !s)
        return s;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (hub) {
        hub->notify(Entity::CustomField);
        hub->notify(Entity::Pipeline);
        hub->notify(Entity::SavedView);
    }
    return {};
}

} // namespace

Status withdrawStarterTemplate(const QSqlDatabase& db, const StarterTemplateReport& report,
                               ChangeHub* hub)
{
    return eachCreated(db, hub,
                       [&](CustomFieldRepository& fields, PipelineRepository& pipelines,
                           SavedViewRepository& views) -> Status {
                           for (RowId id : report.viewIds) {
                               if (Status s = views.remove(id); !s)
                                   return s;
                           }
                           if (report.pipelineId) {
                               if (Status s = pipelines.remove(report.pipelineId); !s)
                                   return s;
                           }
                           for (RowId id : report.fieldIds) {
                               if (Status s = fields.remove(id); !s)
                                   return s;
                           }
                           return {};
                       });
}

Status reinstateStarterTemplate(const QSqlDatabase& db, const StarterTemplateReport& report,
                                ChangeHub* hub)
{
    return eachCreated(db, hub,
                       [&](CustomFieldRepository& fields, PipelineRepository& pipelines,
                           SavedViewRepository& views) -> Status {
                           for (RowId id : report.fieldIds) {
                               if (Status s = fields.restore(id); !s)
                                   return s;
                           }
                           if (report.pipelineId) {
                               if (Status s = pipelines.restore(report.pipelineId); !s)
                                   return s;
                           }
                           for (RowId id : report.viewIds) {
                               if (Status s = views.restore(id); !s)
                                   return s;
                           }
                           return {};
                       });
}

} // namespace rapport::core
