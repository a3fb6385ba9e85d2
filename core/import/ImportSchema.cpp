#include "import/ImportSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace rapport::core::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::import::ImportSchema)
};

QStringList words(std::initializer_list<const char16_t*> list)
{
    QStringList out;
    for (const char16_t* w : list)
        out << QString::fromUtf16(w);
    return out;
}

const QList<FieldSpec>& customerFields()
{
    static const QList<FieldSpec> fields = {
        {QStringLiteral("name"), FieldType::Text, true,
         words({u"name", u"customer", u"customer name", u"full name", u"contact", u"contact name",
                u"client", u"client name", u"姓名", u"名字", u"客户", u"客户名称", u"客户名",
                u"客户姓名", u"联系人", u"联系人姓名"})},
        {QStringLiteral("code"), FieldType::Text, false,
         words({u"code", u"customer id", u"customerid", u"customer no", u"customer number",
                u"customer code", u"client id", u"account number", u"客户编号", u"客户编码",
                u"客户代码", u"客户号", u"会员号", u"会员编号"})},
        {QStringLiteral("email"), FieldType::Email, false,
         words({u"email", u"e-mail", u"email address", u"e-mail address", u"mail", u"邮箱",
                u"电子邮件", u"电子邮箱", u"邮件", u"邮件地址"})},
        {QStringLiteral("phone"), FieldType::Phone, false,
         words({u"phone", u"telephone", u"tel", u"mobile", u"mobile phone", u"cell",
                u"phone number", u"电话", u"手机", u"手机号", u"手机号码", u"电话号码", u"联系电话",
                u"联系方式"})},
        {QStringLiteral("company"), FieldType::Text, false,
         words({u"company", u"company name", u"organization", u"organisation", u"org", u"account",
                u"account name", u"公司", u"公司名称", u"单位", u"企业", u"企业名称",
                u"所属公司"})},
        {QStringLiteral("city"), FieldType::Text, false,
         words({u"city", u"town", u"城市", u"所在城市", u"市"})},
        {QStringLiteral("address"), FieldType::Text, false,
         words({u"address", u"street", u"street address", u"mailing address", u"地址", u"联系地址",
                u"详细地址", u"通讯地址"})},
        {QStringLiteral("owner"), FieldType::Text, false,
         words({u"owner", u"sales rep", u"account owner", u"assigned to", u"负责人", u"销售",
                u"销售代表", u"跟进人", u"业务员"})},
        {QStringLiteral("opted_out"), FieldType::YesNo, false,
         words({u"opted out", u"opt out", u"unsubscribed", u"do not email", u"退订", u"拒收邮件",
                u"已退订"})},
        {QStringLiteral("notes"), FieldType::LongText, false,
         words({u"notes", u"note", u"comments", u"comment", u"remarks", u"description", u"备注",
                u"说明", u"描述"})},
    };
    return fields;
}

const QList<FieldSpec>& companyFields()
{
    static const QList<FieldSpec> fields = {
        {QStringLiteral("name"), FieldType::Text, true,
         words({u"name", u"company", u"company name", u"organization", u"organisation",
                u"account name", u"公司", u"公司名称", u"单位", u"单位名称", u"企业名称",
                u"名称"})},
        {QStringLiteral("phone"), FieldType::Phone, false,
         words(
             {u"phone", u"telephone", u"tel", u"phone number", u"电话", u"联系电话", u"电话号码"})},
        {QStringLiteral("website"), FieldType::Text, false,
         words({u"website", u"web site", u"web", u"url", u"homepage", u"网站", u"网址", u"主页",
                u"官网"})},
        {QStringLiteral("address"), FieldType::Text, false,
         words({u"address", u"street", u"地址", u"公司地址", u"详细地址"})},
        {QStringLiteral("notes"), FieldType::LongText, false,
         words({u"notes", u"note", u"comments", u"remarks", u"description", u"备注", u"说明",
                u"描述"})},
    };
    return fields;
}

const QList<FieldSpec>& productFields()
{
    static const QList<FieldSpec> fields = {
        {QStringLiteral("sku"), FieldType::Text, true,
         words({u"sku", u"stock code", u"stockcode", u"item code", u"product code",
                u"article number", u"part number", u"商品编码", u"商品编号", u"货号", u"产品编码",
                u"产品编号", u"编码", u"物料编码"})},
        {QStringLiteral("name"), FieldType::Text, true,
         words({u"name", u"product", u"product name", u"item", u"item name", u"description",
                u"title", u"商品", u"商品名称", u"产品", u"产品名称", u"品名", u"名称"})},
        {QStringLiteral("category"), FieldType::Text, false,
         words({u"category", u"product category", u"type", u"group", u"分类", u"类别", u"商品分类",
                u"品类"})},
        {QStringLiteral("price"), FieldType::Money, false,
         words({u"price", u"unit price", u"list price", u"unitprice", u"价格", u"单价", u"售价",
                u"零售价"})},
        {QStringLiteral("currency"), FieldType::Currency, false,
         words({u"currency", u"货币", u"币种"})},
    };
    return fields;
}

const QList<FieldSpec>& orderFields()
{
    static const QList<FieldSpec> fields = {
        {QStringLiteral("number"), FieldType::Text, true,
         words({u"number", u"order", u"order number", u"order no", u"order id", u"invoice",
                u"invoice no", u"invoiceno", u"invoice number", u"订单号", u"订单编号", u"单号",
                u"发票号"})},
        {QStringLiteral("date"), FieldType::Date, true,
         words({u"date", u"order date", u"ordered on", u"invoice date", u"invoicedate",
                u"purchase date", u"日期", u"下单日期", u"订单日期", u"下单时间", u"购买日期"})},
        {QStringLiteral("customer"), FieldType::Text, false,
         words({u"customer", u"customer name", u"client", u"buyer", u"客户", u"客户名称", u"买家",
                u"姓名"})},
        {QStringLiteral("customer_code"), FieldType::Text, false,
         words({u"customer id", u"customerid", u"customer no", u"customer number", u"customer code",
                u"client id", u"客户编号", u"客户编码", u"会员号"})},
        {QStringLiteral("customer_email"), FieldType::Email, false,
         words({u"email", u"e-mail", u"customer email", u"buyer email", u"邮箱", u"电子邮件",
                u"客户邮箱"})},
        {QStringLiteral("status"), FieldType::Status, false,
         words({u"status", u"order status", u"state", u"状态", u"订单状态"})},
        {QStringLiteral("currency"), FieldType::Currency, false,
         words({u"currency", u"货币", u"币种"})},
        {QStringLiteral("sku"), FieldType::Text, true,
         words({u"sku", u"stock code", u"stockcode", u"item code", u"product code", u"商品编码",
                u"商品编号", u"货号", u"产品编码"})},
        {QStringLiteral("product"), FieldType::Text, false,
         words({u"product", u"product name", u"item", u"item name", u"description", u"商品",
                u"商品名称", u"产品", u"产品名称", u"品名"})},
        {QStringLiteral("quantity"), FieldType::Integer, true,
         words({u"quantity", u"qty", u"amount ordered", u"units", u"数量", u"件数"})},
        {QStringLiteral("unit_price"), FieldType::Money, true,
         words({u"unit price", u"unitprice", u"price", u"单价", u"价格", u"售价"})},
        {QStringLiteral("notes"), FieldType::LongText, false,
         words({u"notes", u"note", u"comments", u"remarks", u"备注", u"说明"})},
    };
    return fields;
}

} // namespace

QString entityKey(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return QStringLiteral("customers");
    case Entity::Companies:
        return QStringLiteral("companies");
    case Entity::Products:
        return QStringLiteral("products");
    case Entity::Orders:
        return QStringLiteral("orders");
    }
    return {};
}

Result<Entity> parseEntityKey(const QString& key)
{
    for (Entity e : {Entity::Customers, Entity::Companies, Entity::Products, Entity::Orders}) {
        if (entityKey(e) == key.trimmed().toLower())
            return e;
    }
    return Error::make(Error::Code::InvalidArgument,
                       Text::tr("Unknown kind of data “%1”: use customers, companies, products "
                                "or orders.")
                           .arg(key));
}

const QList<FieldSpec>& fieldsOf(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return customerFields();
    case Entity::Companies:
        return companyFields();
    case Entity::Products:
        return productFields();
    case Entity::Orders:
        break;
    }
    return orderFields();
}

const FieldSpec* findField(Entity entity, const QString& key)
{
    for (const FieldSpec& f : fieldsOf(entity)) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Name")},
        {QStringLiteral("code"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Customer number")},
        {QStringLiteral("email"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "E-mail")},
        {QStringLiteral("phone"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Phone")},
        {QStringLiteral("company"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Company")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "City")},
        {QStringLiteral("address"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Address")},
        {QStringLiteral("owner"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Owner")},
        {QStringLiteral("opted_out"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Opted out of e-mail")},
        {QStringLiteral("notes"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Notes")},
        {QStringLiteral("website"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Website")},
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "SKU")},
        {QStringLiteral("category"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Category")},
        {QStringLiteral("price"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Price")},
        {QStringLiteral("currency"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Currency")},
        {QStringLiteral("number"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Order number")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Date")},
        {QStringLiteral("customer"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Customer")},
        {QStringLiteral("customer_code"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Customer number")},
        {QStringLiteral("customer_email"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Customer e-mail")},
        {QStringLiteral("status"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Status")},
        {QStringLiteral("product"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Product")},
        {QStringLiteral("quantity"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Quantity")},
        {QStringLiteral("unit_price"),
         QT_TRANSLATE_NOOP("rapport::core::import::ImportSchema", "Unit price")},
    };
    if (isCustomFieldKey(key))
        return key.mid(7);
    const auto found = labels.constFind(key);
    if (found == labels.constEnd())
        return key;
    return QCoreApplication::translate("rapport::core::import::ImportSchema", *found);
}

QList<ImportTarget> importTargets(Entity entity, const QList<CustomFieldDef>& customFields)
{
    QList<ImportTarget> targets;
    for (const FieldSpec& f : fieldsOf(entity))
        targets << ImportTarget{f.key, fieldLabel(f.key), f.required};
    for (const CustomFieldDef& def : customFields) {
        if (!def.deleted)
            targets << ImportTarget{QStringLiteral("custom.") + def.key, def.label, false};
    }
    return targets;
}

bool isCustomFieldKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^custom\\.[A-Za-z0-9_]{1,64}$"));
    return pattern.match(key).hasMatch();
}

QString foldedHeader(const QString& header)
{
    const QString normalized = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(normalized.size());
    for (const QChar c : normalized) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace rapport::core::import
