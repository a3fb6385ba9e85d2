<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColumnTitles</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>终身价值</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>P(active)</source>
        <translation>活跃概率</translation>
    </message>
</context>
<context>
    <name>CommandFactory</name>
    <message>
        <source>New customer %1</source>
        <translation>新建客户 %1</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message>
        <source>New company %1</source>
        <translation>新建公司 %1</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>编辑公司 %1</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>删除公司 %1</translation>
    </message>
    <message>
        <source>New product %1</source>
        <translation>新建产品 %1</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>编辑产品 %1</translation>
    </message>
    <message>
        <source>Delete product %1</source>
        <translation>删除产品 %1</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>新建订单 %1</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
    <message>
        <source>Delete order %1</source>
        <translation>删除订单 %1</translation>
    </message>
</context>
<context>
    <name>CustomFieldCommands</name>
    <message>
        <source>Add field “%1”</source>
        <translation>添加字段“%1”</translation>
    </message>
    <message>
        <source>Edit field “%1”</source>
        <translation>编辑字段“%1”</translation>
    </message>
    <message>
        <source>Restore field “%1”</source>
        <translation>恢复字段“%1”</translation>
    </message>
    <message>
        <source>Delete field “%1”</source>
        <translation>删除字段“%1”</translation>
    </message>
    <message>
        <source>Reorder fields</source>
        <translation>调整字段顺序</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Rapport could not open %1.</source>
        <translation>Rapport 无法打开 %1。</translation>
    </message>
    <message>
        <source>Database Warning</source>
        <translation>数据库警告</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation>无法写入演示数据。</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>欢迎使用 Rapport</translation>
    </message>
    <message>
        <source>Rapport keeps your customers, companies, products and orders in one file on this computer.

Would you like to look around in a demo database with sample data first, or start with an empty database?</source>
        <translation>Rapport 把您的客户、公司、产品和订单保存在这台电脑上的一个文件里。

您想先打开一个带示例数据的演示数据库看看，还是从一个空数据库开始？</translation>
    </message>
    <message>
        <source>Open Demo Database</source>
        <translation>打开演示数据库</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
</context>
<context>
    <name>DealCommandFactory</name>
    <message>
        <source>New deal %1</source>
        <translation>新建商机 %1</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>编辑商机 %1</translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation>删除商机 %1</translation>
    </message>
    <message>
        <source>Move deal %1</source>
        <translation>移动商机 %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Open</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Orders (one row per order line)</source>
        <translation>订单（每行一条订单明细）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>日在前（31/12/2024）</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>月在前（12/31/2024）</translation>
    </message>
    <message>
        <source>Year first (2024/12/31)</source>
        <translation>年在前（2024/12/31）</translation>
    </message>
    <message>
        <source>same customer number</source>
        <translation>客户编号相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>名称和公司相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same SKU</source>
        <translation>货号相同</translation>
    </message>
    <message>
        <source>same order number</source>
        <translation>订单号相同</translation>
    </message>
</context>
<context>
    <name>ImportTasks</name>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message>
        <source>Import of “%1”</source>
        <translation>导入“%1”</translation>
    </message>
</context>
<context>
    <name>PipelineCommand</name>
    <message>
        <source>New pipeline %1</source>
        <translation>新建销售管道 %1</translation>
    </message>
    <message>
        <source>Edit pipeline %1</source>
        <translation>编辑销售管道 %1</translation>
    </message>
    <message>
        <source>Delete pipeline %1</source>
        <translation>删除销售管道 %1</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>新建阶段 %1</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>编辑阶段 %1</translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation>删除阶段 %1</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>调整阶段顺序</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>系统钥匙串未响应</translation>
    </message>
    <message>
        <source>No system keychain: %1</source>
        <translation>没有可用的系统钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Reading baskets</source>
        <translation>正在读取购物篮</translation>
    </message>
</context>
<context>
    <name>TransferTasks</name>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>正在导出到“%1”…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
</context>
<context>
    <name>VCardActions</name>
    <message>
        <source>Import vCards</source>
        <translation>导入 vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard 文件 (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln card(s) read.</source>
        <translation>
            <numerusform>“%1”：已读取 %Ln 张名片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1
Updated: %2
Skipped (already there): %3
Rejected: %4</source>
        <translation>新增：%1
更新：%2
跳过（已存在）：%3
拒绝：%4</translation>
    </message>
    <message>
        <source>The rejected cards, with the reasons, are in “%1”.</source>
        <translation>被拒绝的名片及其原因已保存在“%1”中。</translation>
    </message>
    <message>
        <source>Edit › Undo takes the import back.</source>
        <translation>使用“编辑 › 撤销”可撤回此次导入。</translation>
    </message>
    <message>
        <source>vCards Imported</source>
        <translation>vCard 已导入</translation>
    </message>
    <message>
        <source>Export Customers as vCards</source>
        <translation>将客户导出为 vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation>vCard 文件 (*.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 位客户导出到“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport, a desktop CRM for small businesses.</source>
        <translation>Rapport，面向小企业的桌面客户管理软件。</translation>
    </message>
    <message>
        <source>The database to open (created if it does not exist).</source>
        <translation>要打开的数据库（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;png&gt; and quit.</source>
        <translation>把主窗口截图保存到 &lt;png&gt; 后退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>--screenshot 使用的窗口大小，例如 1280x800。</translation>
    </message>
    <message>
        <source>Use this language for this run (en, zh_CN).</source>
        <translation>本次运行使用的语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>Open the demo database (created the first time).</source>
        <translation>打开演示数据库（首次使用时创建）。</translation>
    </message>
</context>
<context>
    <name>rapport::core::ActivityRepository</name>
    <message>
        <source>An activity needs a subject or a text.</source>
        <translation>活动必须有主题或内容。</translation>
    </message>
    <message>
        <source>An activity belongs to a customer or a deal.</source>
        <translation>活动必须属于某个客户或商机。</translation>
    </message>
    <message>
        <source>The reminder must not be after the due time.</source>
        <translation>提醒时间不能晚于到期时间。</translation>
    </message>
    <message>
        <source>This activity was deleted meanwhile.</source>
        <translation>该活动已在此期间被删除。</translation>
    </message>
    <message>
        <source>This activity does not exist.</source>
        <translation>该活动不存在。</translation>
    </message>
    <message>
        <source>There is no deleted activity to restore.</source>
        <translation>没有可恢复的已删除活动。</translation>
    </message>
</context>
<context>
    <name>rapport::core::AppPassword</name>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法对密码进行哈希运算。</translation>
    </message>
    <message>
        <source>Lock after between 0 (never) and 1,440 minutes.</source>
        <translation>锁定时间须在 0（从不）到 1440 分钟之间。</translation>
    </message>
</context>
<context>
    <name>rapport::core::AuditRepository</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>管道阶段</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>邮件模板</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>rapport::core::BasketLoader</name>
    <message>
        <source>Loading the orders</source>
        <translation>正在加载订单</translation>
    </message>
    <message>
        <source>Mining was cancelled.</source>
        <translation>挖掘已取消。</translation>
    </message>
</context>
<context>
    <name>rapport::core::CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation>公司必须有名称。</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>This company was deleted meanwhile.</source>
        <translation>该公司已在此期间被删除。</translation>
    </message>
    <message>
        <source>This company does not exist.</source>
        <translation>该公司不存在。</translation>
    </message>
    <message>
        <source>There is no deleted company to restore.</source>
        <translation>没有可恢复的已删除公司。</translation>
    </message>
</context>
<context>
    <name>rapport::core::ConsentRepository</name>
    <message>
        <source>An opt-in needs the date it was given.</source>
        <translation>订阅同意需要填写同意日期。</translation>
    </message>
    <message>
        <source>Say where the opt-in came from (a form, the shop counter, a reply).</source>
        <translation>请注明订阅同意的来源（表单、门店柜台、回复邮件等）。</translation>
    </message>
    <message>
        <source>Keep the exact words the customer agreed to.</source>
        <translation>请保留客户所同意内容的原文措辞。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This customer opted out (or their address %1 is on the suppression list); Rapport never mails them again.</source>
        <translation>该客户已退订（或其地址 %1 在禁发名单中）；Rapport 不会再向其发送邮件。</translation>
    </message>
    <message>
        <source>“%1” is not a reason to suppress an address.</source>
        <translation>“%1”不是将地址加入禁发名单的有效原因。</translation>
    </message>
    <message>
        <source>No message in the outbox carries the code “%1”.</source>
        <translation>发件箱中没有代码为“%1”的邮件。</translation>
    </message>
    <message>
        <source>reply or bounce</source>
        <translation>回复或退信</translation>
    </message>
    <message>
        <source>bounce of a campaign message</source>
        <translation>营销活动邮件的退信</translation>
    </message>
    <message>
        <source>reply to a campaign message</source>
        <translation>对营销活动邮件的回复</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomField</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>“%1”不是有效的金额。</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices (%2).</source>
        <translation>“%1”不是可选项之一（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a valid field key: use 1 to 40 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>“%1”不是有效的字段键：请使用 1 到 40 个小写字母、数字和下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>A field needs a label.</source>
        <translation>字段必须有显示名称。</translation>
    </message>
    <message>
        <source>%1: a choice field needs at least one choice.</source>
        <translation>%1：选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <source>%1: a choice cannot be empty.</source>
        <translation>%1：选项不能为空。</translation>
    </message>
    <message>
        <source>%1: the choice “%2” is listed twice.</source>
        <translation>%1：选项“%2”重复出现。</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是有效的日期。</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”不是有效的网址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>the stored value has the wrong type.</source>
        <translation>已保存的值类型不正确。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>必须填写 %1。</translation>
    </message>
    <message>
        <source>The custom fields are not a JSON object.</source>
        <translation>自定义字段不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomFieldRepository</name>
    <message>
        <source>This field does not exist.</source>
        <translation>该字段不存在。</translation>
    </message>
    <message>
        <source>There is no field with the key “%1”.</source>
        <translation>没有键为“%1”的字段。</translation>
    </message>
    <message>
        <source>The key “%1” is taken by another field (perhaps a deleted one).</source>
        <translation>键“%1”已被另一个字段（可能是已删除的字段）占用。</translation>
    </message>
    <message>
        <source>The key, table and type of a field cannot change.</source>
        <translation>字段的键、所属表和类型不能更改。</translation>
    </message>
    <message>
        <source>There is no deleted field to restore.</source>
        <translation>没有可恢复的已删除字段。</translation>
    </message>
    <message>
        <source>Only a deleted field can be purged.</source>
        <translation>只有已删除的字段才能彻底清除。</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>“%1”不是可选项之一。</translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerDataExport</name>
    <message>
        <source>Rapport personal data export</source>
        <translation>Rapport 个人数据导出</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerErasure</name>
    <message>
        <source>Deal #%1</source>
        <translation>商机 #%1</translation>
    </message>
    <message>
        <source>Erased customer #%1</source>
        <translation>已清除的客户 #%1</translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerMerge</name>
    <message>
        <source>The merged customers were changed after the merge, so it cannot be undone.</source>
        <translation>合并后这些客户又被修改过，因此无法撤销此次合并。</translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <source>The kept customer does not exist any more.</source>
        <translation>要保留的客户已不存在。</translation>
    </message>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation>请至少选择两位客户进行合并。</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自身合并。</translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerRepository</name>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户必须有姓名。</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (5 to 20 digits; spaces, dashes, brackets and a leading + are fine).</source>
        <translation>“%1”不是有效的电话号码（5 到 20 位数字；可以有空格、短横线、括号和开头的 +）。</translation>
    </message>
    <message>
        <source>This customer was deleted meanwhile.</source>
        <translation>该客户已在此期间被删除。</translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <source>There is no deleted customer to restore.</source>
        <translation>没有可恢复的已删除客户。</translation>
    </message>
    <message>
        <source>The chosen company does not exist any more.</source>
        <translation>所选公司已不存在。</translation>
    </message>
</context>
<context>
    <name>rapport::core::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a database file.</source>
        <translation>“%1”已损坏或不是数据库文件。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Rapport (database version %2; this version knows up to %3). Update Rapport to open it.</source>
        <translation>“%1”由更新版本的 Rapport 保存（数据库版本 %2；本版本最高支持 %3）。请升级 Rapport 后再打开。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Rapport database; it was left untouched.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是 Rapport 数据库；文件未做任何改动。</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade first.</source>
        <translation>“%1”需要先升级。</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2); it was not upgraded.</source>
        <translation>“%1”已损坏（%2）；未进行升级。</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it: %2</source>
        <translation>升级前无法备份“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is on a network file system. Rapport works there, but more slowly and only safely for one user at a time; keep the database on a local disk if you can.</source>
        <translation>“%1”位于网络文件系统上。Rapport 可以在那里运行，但速度较慢，并且同一时间只能安全地供一位用户使用；如有可能，请把数据库放在本地磁盘上。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is read-only.</source>
        <translation>无法创建“%1”：该文件夹是只读的。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1”是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Rapport database (it is not an SQLite file).</source>
        <translation>“%1”不是 Rapport 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>“%1” is read-only. Rapport needs to write to its database; copy it to a writable folder or change its permissions.</source>
        <translation>“%1”是只读的。Rapport 需要写入数据库；请把它复制到可写的文件夹，或修改其权限。</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>rapport::core::DealRepository</name>
    <message>
        <source>The custom fields are not a JSON object.</source>
        <translation>自定义字段不是 JSON 对象。</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>商机必须有标题。</translation>
    </message>
    <message>
        <source>Choose the pipeline stage the deal is in.</source>
        <translation>请选择商机所处的销售管道阶段。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY.</source>
        <translation>币种是三个字母的代码，例如 CNY。</translation>
    </message>
    <message>
        <source>A probability lies between 0 and 100 %.</source>
        <translation>概率必须介于 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The chosen stage does not exist any more.</source>
        <translation>所选阶段已不存在。</translation>
    </message>
    <message>
        <source>The chosen stage belongs to another pipeline.</source>
        <translation>所选阶段属于另一个销售管道。</translation>
    </message>
    <message>
        <source>This deal was deleted meanwhile.</source>
        <translation>该商机已在此期间被删除。</translation>
    </message>
    <message>
        <source>This deal does not exist.</source>
        <translation>该商机不存在。</translation>
    </message>
    <message>
        <source>There is no deleted deal to restore.</source>
        <translation>没有可恢复的已删除商机。</translation>
    </message>
    <message>
        <source>The deal’s stage was removed; restore the stage first.</source>
        <translation>该商机所在的阶段已被删除；请先恢复该阶段。</translation>
    </message>
</context>
<context>
    <name>rapport::core::DemoGenerator</name>
    <message>
        <source>The number of customers must be between 0 and %1</source>
        <translation>客户数量必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>The reference date is not valid</source>
        <translation>参考日期无效</translation>
    </message>
    <message>
        <source>The database already holds data; demo data needs a new, empty database</source>
        <translation>数据库中已有数据；演示数据需要一个新的空数据库</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled</source>
        <translation>已取消生成演示数据</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>rapport::core::DuplicateFinder</name>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>已取消查找重复记录。</translation>
    </message>
    <message>
        <source>Looking for shared e-mail addresses…</source>
        <translation>正在查找相同的电子邮件地址…</translation>
    </message>
    <message>
        <source>Looking for shared phone numbers and names…</source>
        <translation>正在查找相同的电话号码和名称…</translation>
    </message>
    <message>
        <source>Comparing names…</source>
        <translation>正在比较名称…</translation>
    </message>
    <message>
        <source>Joining the groups…</source>
        <translation>正在归并分组…</translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>正在读取客户…</translation>
    </message>
</context>
<context>
    <name>rapport::core::EmailTemplateRepository</name>
    <message>
        <source>The e-mail template no longer exists.</source>
        <translation>该电子邮件模板已不存在。</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>模板需要名称。</translation>
    </message>
    <message>
        <source>A template named “%1” already exists.</source>
        <translation>已存在名为“%1”的模板。</translation>
    </message>
    <message>
        <source>There is no e-mail template named “%1”.</source>
        <translation>没有名为“%1”的电子邮件模板。</translation>
    </message>
</context>
<context>
    <name>rapport::core::ExportQueries</name>
    <message>
        <source>This table cannot be filtered by “%1”.</source>
        <translation>此表不能按“%1”筛选。</translation>
    </message>
    <message>
        <source>This table cannot be sorted by “%1”.</source>
        <translation>此表不能按“%1”排序。</translation>
    </message>
</context>
<context>
    <name>rapport::core::FilterSql</name>
    <message>
        <source>The filter on “%1” needs a number, not “%2”.</source>
        <translation>“%1”的筛选条件需要数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>The filter on “%1” needs a date (YYYY-MM-DD), not “%2”.</source>
        <translation>“%1”的筛选条件需要日期（YYYY-MM-DD），而不是“%2”。</translation>
    </message>
    <message>
        <source>The filter on “%1” cannot use “%2”: it does not apply to this kind of field.</source>
        <translation>“%1”的筛选条件不能使用“%2”：它不适用于此类字段。</translation>
    </message>
    <message>
        <source>This table has no field “%1” to filter on.</source>
        <translation>此表没有可筛选的字段“%1”。</translation>
    </message>
</context>
<context>
    <name>rapport::core::ImportStore</name>
    <message>
        <source>Row %1 of %2 does not exist.</source>
        <translation>%2 中第 %1 行不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported by it were edited afterwards.</source>
        <translation>
            <numerusform>此次导入的客户中有 %n 位之后被编辑过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were added afterwards to customers it imported.</source>
        <translation>
            <numerusform>之后又为此次导入的客户添加了 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s) were added afterwards to customers it imported.</source>
        <translation>
            <numerusform>之后又为此次导入的客户添加了 %n 条活动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) were put afterwards on customers it imported.</source>
        <translation>
            <numerusform>之后又为此次导入的客户添加了 %n 个标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were linked afterwards to companies it imported.</source>
        <translation>
            <numerusform>之后又有 %n 位客户关联到此次导入的公司。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) imported by it were edited afterwards.</source>
        <translation>
            <numerusform>此次导入的公司中有 %n 家之后被编辑过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) were added afterwards for products it imported.</source>
        <translation>
            <numerusform>之后又为此次导入的产品添加了 %n 条订单明细。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) imported by it were edited afterwards.</source>
        <translation>
            <numerusform>此次导入的产品中有 %n 个之后被编辑过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported by it were edited afterwards.</source>
        <translation>
            <numerusform>此次导入的订单中有 %n 个之后被编辑过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the most recent import can be undone.</source>
        <translation>只能撤销最近一次导入。</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>此次导入已被撤销。</translation>
    </message>
    <message>
        <source>A row it updated was changed again afterwards.</source>
        <translation>此次导入更新过的某一行之后又被修改过。</translation>
    </message>
    <message>
        <source>The import of “%1” cannot be undone: %2</source>
        <translation>无法撤销“%1”的导入：%2</translation>
    </message>
    <message>
        <source>A mapping needs a name.</source>
        <translation>映射必须有名称。</translation>
    </message>
</context>
<context>
    <name>rapport::core::MailSettingsRepository</name>
    <message>
        <source>“%1” is not an e-mail address the mail can come from.</source>
        <translation>“%1”不能用作发件地址。</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Send between 1 and 6,000 messages a minute.</source>
        <translation>每分钟发送数量须在 1 到 6,000 封之间。</translation>
    </message>
    <message>
        <source>Try each message between 1 and 20 times.</source>
        <translation>每封邮件的尝试次数须在 1 到 20 次之间。</translation>
    </message>
    <message>
        <source>Wait at least a minute before trying again.</source>
        <translation>重试前至少等待一分钟。</translation>
    </message>
</context>
<context>
    <name>rapport::core::Migrator</name>
    <message>
        <source>Upgrading the database to version %1 failed; it was left unchanged. %2</source>
        <translation>把数据库升级到版本 %1 失败；数据库保持原样。%2</translation>
    </message>
</context>
<context>
    <name>rapport::core::MiningRepository</name>
    <message>
        <source>Mining was cancelled.</source>
        <translation>挖掘已取消。</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>Saving the rules</source>
        <translation>正在保存规则</translation>
    </message>
    <message>
        <source>The mining run does not exist.</source>
        <translation>该挖掘记录不存在。</translation>
    </message>
    <message>
        <source>The rule does not exist.</source>
        <translation>该规则不存在。</translation>
    </message>
</context>
<context>
    <name>rapport::core::OnlineBackup</name>
    <message>
        <source>Cannot open “%1”</source>
        <translation>无法打开“%1”</translation>
    </message>
    <message>
        <source>Cannot read “%1”</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>Backing up to “%1”</source>
        <translation>正在备份到“%1”</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Rapport backup (it is not an SQLite file).</source>
        <translation>“%1”不是 Rapport 备份（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Rapport backup.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，而不是 Rapport 备份。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Rapport (database version %2; this version knows up to %3). Update Rapport to restore it.</source>
        <translation>“%1”由较新版本的 Rapport 创建（数据库版本 %2；此版本最高支持 %3）。请更新 Rapport 后再恢复。</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2); it cannot be restored.</source>
        <translation>“%1”已损坏（%2），无法恢复。</translation>
    </message>
    <message>
        <source>“%1” is not a complete Rapport database.</source>
        <translation>“%1”不是完整的 Rapport 数据库。</translation>
    </message>
    <message>
        <source>Restoring “%1”</source>
        <translation>正在恢复“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::core::OrderRepository</name>
    <message>
        <source>An order needs a customer.</source>
        <translation>订单必须有客户。</translation>
    </message>
    <message>
        <source>An order needs a valid date.</source>
        <translation>订单必须有有效的日期。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行明细。</translation>
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation>第 %1 行没有产品。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>第 %1 行：数量至少为 1。</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>第 %1 行：价格不能为负数。</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation>币种是三个字母的代码，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>Another order already has the number “%1”.</source>
        <translation>已有另一个订单使用单号“%1”。</translation>
    </message>
    <message>
        <source>An order needs a number.</source>
        <translation>订单必须有单号。</translation>
    </message>
    <message>
        <source>This order was deleted meanwhile.</source>
        <translation>该订单已在此期间被删除。</translation>
    </message>
    <message>
        <source>This order does not exist.</source>
        <translation>该订单不存在。</translation>
    </message>
    <message>
        <source>There is no deleted order to restore.</source>
        <translation>没有可恢复的已删除订单。</translation>
    </message>
    <message>
        <source>The order&apos;s customer does not exist.</source>
        <translation>该订单的客户不存在。</translation>
    </message>
    <message>
        <source>Line %1: the product does not exist.</source>
        <translation>第 %1 行：产品不存在。</translation>
    </message>
</context>
<context>
    <name>rapport::core::OutboxRepository</name>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>该邮件已不在发件箱中。</translation>
    </message>
    <message>
        <source>Rapport stopped while this message was with the mail server: it may have been delivered.</source>
        <translation>此邮件交给邮件服务器期间 Rapport 停止了运行：邮件可能已送达。</translation>
    </message>
    <message>
        <source>The customer opted out.</source>
        <translation>该客户已退订。</translation>
    </message>
    <message>
        <source>The address is on the suppression list.</source>
        <translation>该地址在禁发名单中。</translation>
    </message>
    <message>
        <source>The message was not being sent; nothing was recorded.</source>
        <translation>该邮件并未处于发送中；未记录任何内容。</translation>
    </message>
    <message>
        <source>Only a message whose delivery is uncertain can be resolved.</source>
        <translation>只有送达情况待确认的邮件才能进行确认处理。</translation>
    </message>
    <message>
        <source>Marked as delivered by the user.</source>
        <translation>由用户标记为已送达。</translation>
    </message>
    <message>
        <source>The customer was deleted.</source>
        <translation>该客户已被删除。</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address changed after the campaign was queued.</source>
        <translation>加入发件箱后，该客户的邮箱地址已更改。</translation>
    </message>
</context>
<context>
    <name>rapport::core::PipelineRepository</name>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>销售管道必须有名称。</translation>
    </message>
    <message>
        <source>A deal can only go stale after one day or more.</source>
        <translation>商机停滞期限至少为一天。</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>阶段必须有名称。</translation>
    </message>
    <message>
        <source>A probability lies between 0 and 100 %.</source>
        <translation>概率必须介于 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>This pipeline does not exist.</source>
        <translation>该销售管道不存在。</translation>
    </message>
    <message>
        <source>This stage does not exist.</source>
        <translation>该阶段不存在。</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>销售管道至少需要一个阶段。</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>There is no deleted pipeline to restore.</source>
        <translation>没有可恢复的已删除销售管道。</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>阶段“%1”中仍有 %n 个商机。请先将其移至其他阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no deleted stage to restore.</source>
        <translation>没有可恢复的已删除阶段。</translation>
    </message>
    <message>
        <source>The new stage order must name every stage once.</source>
        <translation>新的阶段顺序必须包含每个阶段且仅出现一次。</translation>
    </message>
</context>
<context>
    <name>rapport::core::PrivacyRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
</context>
<context>
    <name>rapport::core::ProductRepository</name>
    <message>
        <source>A product needs a SKU (its code).</source>
        <translation>产品必须有货号（产品代码）。</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>产品必须有名称。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation>币种是三个字母的代码，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>Another product already has the SKU “%1”.</source>
        <translation>已有另一个产品使用货号“%1”。</translation>
    </message>
    <message>
        <source>This product was deleted meanwhile.</source>
        <translation>该产品已在此期间被删除。</translation>
    </message>
    <message>
        <source>This product does not exist.</source>
        <translation>该产品不存在。</translation>
    </message>
    <message>
        <source>There is no deleted product to restore.</source>
        <translation>没有可恢复的已删除产品。</translation>
    </message>
</context>
<context>
    <name>rapport::core::RecipientRepository</name>
    <message>
        <source>There is no tag named “%1”.</source>
        <translation>没有名为“%1”的标签。</translation>
    </message>
    <message>
        <source>“%1” is not an RFM segment (try champions, loyal, at_risk, …).</source>
        <translation>“%1”不是 RFM 分群（可尝试 champions、loyal、at_risk…）。</translation>
    </message>
    <message>
        <source>No customer is in the segment “%1”: score the customers first (Tools › Score Customers).</source>
        <translation>分群“%1”中没有客户：请先为客户评分（工具 › 客户评分）。</translation>
    </message>
    <message>
        <source>A rule is named by its number, as the rules table shows it, not “%1”.</source>
        <translation>规则应按规则表中显示的编号指定，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>rapport::core::SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>保存的视图必须有名称。</translation>
    </message>
    <message>
        <source>There is already a saved view named “%1” for this table.</source>
        <translation>此表已有名为“%1”的保存的视图。</translation>
    </message>
    <message>
        <source>This saved view does not exist.</source>
        <translation>该保存的视图不存在。</translation>
    </message>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>没有名为“%1”的保存的视图。</translation>
    </message>
    <message>
        <source>There is no deleted saved view to restore.</source>
        <translation>没有可恢复的已删除视图。</translation>
    </message>
</context>
<context>
    <name>rapport::core::ScoreRepository</name>
    <message>
        <source>Scoring was cancelled.</source>
        <translation>评分已取消。</translation>
    </message>
    <message>
        <source>Loading the orders</source>
        <translation>正在加载订单</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Saving the scores</source>
        <translation>正在保存评分</translation>
    </message>
</context>
<context>
    <name>rapport::core::StarterTemplates</name>
    <message>
        <source>retail</source>
        <translation>retail</translation>
    </message>
    <message>
        <source>Shop or retail</source>
        <translation>商店或零售</translation>
    </message>
    <message>
        <source>Members with levels, birthdays and loyalty points; wholesale inquiries as a pipeline.</source>
        <translation>会员等级、生日和积分；批发咨询作为销售管道。</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选渠道</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Order more when stock falls to this many.</source>
        <translation>库存降到此数量时补货。</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>批发</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>VIP members</source>
        <translation>VIP 会员</translation>
    </message>
    <message>
        <source>Top loyalty points</source>
        <translation>积分最高</translation>
    </message>
    <message>
        <source>Open to marketing</source>
        <translation>接受营销</translation>
    </message>
    <message>
        <source>b2b</source>
        <translation>b2b</translation>
    </message>
    <message>
        <source>B2B services</source>
        <translation>B2B 服务</translation>
    </message>
    <message>
        <source>Contacts with roles at companies with an industry and size; a classic sales pipeline.</source>
        <translation>联系人及其在公司中的角色，公司带有行业和规模；经典的销售管道。</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>科技</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>公共部门</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>Contract renewal</source>
        <translation>合同续约日期</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>陌生电话</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Decision makers</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Renewals by date</source>
        <translation>按日期排列的续约</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>clinic</translation>
    </message>
    <message>
        <source>Clinic or health practice</source>
        <translation>诊所或医疗机构</translation>
    </message>
    <message>
        <source>Patients with date of birth, allergies, insurance and last visit; treatment plans as a pipeline.</source>
        <translation>患者的出生日期、过敏史、保险和最近就诊；治疗方案作为销售管道。</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>Known allergies and intolerances, as the patient stated them.</source>
        <translation>已知的过敏和不耐受情况，以患者自述为准。</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Insurance number</source>
        <translation>保险号</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近就诊</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>紧急联系人电话</translation>
    </message>
    <message>
        <source>Treatment plans</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>初诊咨询</translation>
    </message>
    <message>
        <source>Plan proposed</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>治疗中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Recall: longest since visit</source>
        <translation>回访：距上次就诊最久</translation>
    </message>
    <message>
        <source>With allergies</source>
        <translation>有过敏史</translation>
    </message>
    <message>
        <source>education</source>
        <translation>education</translation>
    </message>
    <message>
        <source>Education or training</source>
        <translation>教育或培训</translation>
    </message>
    <message>
        <source>Students with level, courses of interest and a guardian; enrolment from inquiry to trial lesson as a pipeline.</source>
        <translation>学员的学段、感兴趣的课程和监护人；从咨询到试听的报名流程作为销售管道。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior high</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior high</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Courses of interest</source>
        <translation>感兴趣的课程</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>数学</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>科学</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>美术</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Programming</source>
        <translation>编程</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>家长或监护人</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>招生报名</translation>
    </message>
    <message>
        <source>Trial lesson</source>
        <translation>试听课</translation>
    </message>
    <message>
        <source>Offer made</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未报名</translation>
    </message>
    <message>
        <source>Interested in programming</source>
        <translation>对编程感兴趣</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>尚未报名</translation>
    </message>
    <message>
        <source>There is no starter template “%1”; choose one of: %2.</source>
        <translation>没有起步模板“%1”；请从以下模板中选择：%2。</translation>
    </message>
</context>
<context>
    <name>rapport::core::TagRepository</name>
    <message>
        <source>A colour looks like #33aa66.</source>
        <translation>颜色格式应类似 #33aa66。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <source>The tag “%1” already exists.</source>
        <translation>标签“%1”已存在。</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>该标签已不存在。</translation>
    </message>
</context>
<context>
    <name>rapport::core::Timeline</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Deal “%1” moved to %2</source>
        <translation>商机“%1”已移到 %2</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>新商机“%1”</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>客户已创建</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>客户已删除</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>客户已恢复</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>客户已合并</translation>
    </message>
    <message>
        <source>Customer data exported</source>
        <translation>客户数据已导出</translation>
    </message>
    <message>
        <source>Customer data erased</source>
        <translation>客户数据已清除</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>No marketing e-mail</source>
        <translation>不接收营销邮件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rapport::core::VCard</name>
    <message>
        <source>Line %1: the card that begins there has no END:VCARD before the next BEGIN:VCARD (line %2).</source>
        <translation>第 %1 行：从此处开始的名片在下一个 BEGIN:VCARD（第 %2 行）之前没有 END:VCARD。</translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without BEGIN:VCARD.</source>
        <translation>第 %1 行：END:VCARD 没有对应的 BEGIN:VCARD。</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:VCARD without END:VCARD (the file ends first).</source>
        <translation>第 %1 行：BEGIN:VCARD 没有对应的 END:VCARD（文件已提前结束）。</translation>
    </message>
</context>
<context>
    <name>rapport::core::ValueParsers</name>
    <message>
        <source>two currencies, %1 and %2</source>
        <translation>有两种币种：%1 和 %2</translation>
    </message>
    <message>
        <source>more than one sign</source>
        <translation>有多个正负号</translation>
    </message>
    <message>
        <source>a sign after the number</source>
        <translation>正负号位于数字之后</translation>
    </message>
    <message>
        <source>unbalanced parentheses</source>
        <translation>括号不配对</translation>
    </message>
    <message>
        <source>both parentheses and a sign</source>
        <translation>同时使用了括号和正负号</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <source>more than one decimal separator “%1”</source>
        <translation>有多个小数点“%1”</translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation>不应出现“%1”</translation>
    </message>
    <message>
        <source>no digits after the decimal separator</source>
        <translation>小数点后没有数字</translation>
    </message>
    <message>
        <source>a thousands separator after the decimal separator</source>
        <translation>小数点后出现了千位分隔符</translation>
    </message>
    <message>
        <source>mixed thousands separators “%1” and “%2”</source>
        <translation>混用了千位分隔符“%1”和“%2”</translation>
    </message>
    <message>
        <source>thousands separators must separate groups of three digits</source>
        <translation>千位分隔符必须每三位数字分隔一次</translation>
    </message>
    <message>
        <source>Not a number: “%1” (%2).</source>
        <translation>不是数字：“%1”（%2）。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>Not a whole number: “%1”.</source>
        <translation>不是整数：“%1”。</translation>
    </message>
    <message>
        <source>The number “%1” is too large.</source>
        <translation>数字“%1”太大。</translation>
    </message>
    <message>
        <source>A currency cannot have %1 decimal places.</source>
        <translation>币种不能有 %1 位小数。</translation>
    </message>
    <message>
        <source>“%1” has more decimal places than the currency allows (%2).</source>
        <translation>“%1”的小数位数超过了该币种允许的位数（%2）。</translation>
    </message>
    <message>
        <source>The amount “%1” is too large.</source>
        <translation>金额“%1”太大。</translation>
    </message>
    <message>
        <source>Not an e-mail address: “%1”.</source>
        <translation>不是电子邮件地址：“%1”。</translation>
    </message>
    <message>
        <source>Not yes or no: “%1”.</source>
        <translation>不是“是”或“否”：“%1”。</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>过早结束</translation>
    </message>
    <message>
        <source>the time must be written like 08:26</source>
        <translation>时间必须写成 08:26 这样的格式</translation>
    </message>
    <message>
        <source>the seconds need two digits</source>
        <translation>秒必须是两位数字</translation>
    </message>
    <message>
        <source>the time zone offset must be written like +08:00</source>
        <translation>时区偏移必须写成 +08:00 这样的格式</translation>
    </message>
    <message>
        <source>there is no hour %1 in a 12-hour clock</source>
        <translation>12 小时制中没有 %1 点</translation>
    </message>
    <message>
        <source>there is no time %1:%2</source>
        <translation>不存在时间 %1:%2</translation>
    </message>
    <message>
        <source>it does not start with a number</source>
        <translation>开头不是数字</translation>
    </message>
    <message>
        <source>too many digits for an Excel day number</source>
        <translation>位数太多，不是 Excel 日期序号</translation>
    </message>
    <message>
        <source>too many digits in a row</source>
        <translation>连续的数字位数太多</translation>
    </message>
    <message>
        <source>the month or day has more than two digits</source>
        <translation>月或日超过两位数字</translation>
    </message>
    <message>
        <source>the separators differ</source>
        <translation>分隔符不一致</translation>
    </message>
    <message>
        <source>a year needs four or two digits</source>
        <translation>年份必须是四位或两位数字</translation>
    </message>
    <message>
        <source>Not a date: “%1” (%2).</source>
        <translation>不是日期：“%1”（%2）。</translation>
    </message>
    <message>
        <source>Excel day numbers run from 1 to %1</source>
        <translation>Excel 日期序号的范围是 1 到 %1</translation>
    </message>
    <message>
        <source>Excel&apos;s day 60 is 29 February 1900, a day that did not exist</source>
        <translation>Excel 的第 60 天是 1900 年 2 月 29 日，而这一天并不存在</translation>
    </message>
    <message>
        <source>the day has more than two digits</source>
        <translation>日超过两位数字</translation>
    </message>
    <message>
        <source>a year needs four digits</source>
        <translation>年份必须是四位数字</translation>
    </message>
    <message>
        <source>read as year/month/day</source>
        <translation>按年/月/日读取</translation>
    </message>
    <message>
        <source>read as month/day/year</source>
        <translation>按月/日/年读取</translation>
    </message>
    <message>
        <source>read as day/month/year</source>
        <translation>按日/月/年读取</translation>
    </message>
    <message>
        <source>there is no year 0</source>
        <translation>不存在 0 年</translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation>不存在 %1 月</translation>
    </message>
    <message>
        <source>%1-%2 has %3 days</source>
        <translation>%1-%2 只有 %3 天</translation>
    </message>
    <message>
        <source>Unknown date order “%1” (use auto, ymd, dmy or mdy).</source>
        <translation>未知的日期顺序“%1”（请使用 auto、ymd、dmy 或 mdy）。</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <source>no country code; write it as +country code</source>
        <translation>没有国家代码；请写成“+国家代码”的形式</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>未知的国家代码</translation>
    </message>
    <message>
        <source>too few digits</source>
        <translation>位数太少</translation>
    </message>
    <message>
        <source>too many digits</source>
        <translation>位数太多</translation>
    </message>
    <message>
        <source>wrong number of digits for the country</source>
        <translation>位数与该国家/地区的号码不符</translation>
    </message>
    <message>
        <source>a local number without its area code</source>
        <translation>本地号码缺少区号</translation>
    </message>
    <message>
        <source>Not a phone number: “%1” (%2).</source>
        <translation>不是电话号码：“%1”（%2）。</translation>
    </message>
</context>
<context>
    <name>rapport::core::Sodium</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
</context>
<context>
    <name>rapport::core::backup::BackupArchive</name>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>内存不足，无法从密码派生密钥。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete; it cannot be decrypted.</source>
        <translation>“%1”已损坏或不完整，无法解密。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Deriving the key from the password…</source>
        <translation>正在从密码派生密钥…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>正在加密…</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>“%1” is not an encrypted Rapport backup.</source>
        <translation>“%1”不是加密的 Rapport 备份。</translation>
    </message>
    <message>
        <source>The password does not open “%1” (or the file was changed).</source>
        <translation>该密码无法打开“%1”（或文件已被修改）。</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>正在解密…</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>恢复已取消。</translation>
    </message>
</context>
<context>
    <name>rapport::core::backup::BackupService</name>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder beside “%1”: %2</source>
        <translation>无法在“%1”所在位置创建临时文件夹：%2</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 daily backups.</source>
        <translation>每日备份须保留 1 到 365 份。</translation>
    </message>
    <message>
        <source>Keep between 1 and 520 weekly backups.</source>
        <translation>每周备份须保留 1 到 520 份。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>备份不能替换其所复制的数据库。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>备份“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is encrypted: enter its password.</source>
        <translation>“%1”已加密：请输入其密码。</translation>
    </message>
    <message>
        <source>“%1” is the open database, not a backup of it.</source>
        <translation>“%1”是当前打开的数据库，而不是它的备份。</translation>
    </message>
    <message>
        <source>No customer with this identity is in the database.</source>
        <translation>数据库中没有此身份的客户。</translation>
    </message>
</context>
<context>
    <name>rapport::core::contacts::VCardTransfer</name>
    <message>
        <source>Other e-mails: %1</source>
        <translation>其他电子邮件：%1</translation>
    </message>
    <message>
        <source>Other phones: %1</source>
        <translation>其他电话：%1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>vCard line</source>
        <translation>vCard 行号</translation>
    </message>
    <message>
        <source>Reading customers…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rapport::core::csv::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation>引号或换行符不能用作字段分隔符。</translation>
    </message>
    <message>
        <source>This build cannot read %1 text.</source>
        <translation>此版本无法读取 %1 编码的文本。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a closing &quot; is missing).</source>
        <translation>第 %1 行：带引号的字段没有结束（缺少结尾的 &quot;）。</translation>
    </message>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text. Choose the file&apos;s encoding.</source>
        <translation>第 %1 行包含不是有效 %2 文本的字节。请选择文件的编码。</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 million characters; a closing quote is probably missing.</source>
        <translation>第 %1 行：记录长度超过 %2 百万个字符；可能缺少结尾的引号。</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>rapport::core::csv::CsvWriter</name>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation>引号或换行符不能用作字段分隔符。</translation>
    </message>
    <message>
        <source>This build cannot write %1 text.</source>
        <translation>此版本无法写入 %1 编码的文本。</translation>
    </message>
    <message>
        <source>Field %1 of record %2 holds %3, half of a surrogate pair, which cannot be written as %4.</source>
        <translation>第 %2 条记录的第 %1 个字段包含 %3（代理对的一半），无法以 %4 编码写入。</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>rapport::core::csv::TextEncoding</name>
    <message>
        <source>“%1” is not a known text encoding. Use one of: %2.</source>
        <translation>“%1”不是已知的文本编码。请使用以下编码之一：%2。</translation>
    </message>
</context>
<context>
    <name>rapport::core::exporting::ExportOptions</name>
    <message>
        <source>Unknown kind of data “%1”: use customers, companies, products, orders or order-lines.</source>
        <translation>未知的数据类型“%1”：请使用 customers、companies、products、orders 或 order-lines。</translation>
    </message>
    <message>
        <source>“%1” is not an encoding an export can write. Use one of: %2.</source>
        <translation>导出不支持“%1”编码。请使用以下编码之一：%2。</translation>
    </message>
</context>
<context>
    <name>rapport::core::exporting::Exporter</name>
    <message>
        <source>An export of %1 has no column “%2” (columns: %3).</source>
        <translation>%1 的导出中没有“%2”列（可用的列：%3）。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
    <message>
        <source>Counting the rows…</source>
        <translation>正在统计行数…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The export read %1 rows where the table holds %2; the file was not saved.</source>
        <translation>导出读取了 %1 行，但表中有 %2 行；文件未保存。</translation>
    </message>
</context>
<context>
    <name>rapport::core::import::CatalogRows</name>
    <message>
        <source>A company needs a name.</source>
        <translation>公司必须有名称。</translation>
    </message>
    <message>
        <source>A product needs a SKU.</source>
        <translation>产品必须有货号。</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>产品必须有名称。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The product with SKU “%1” was deleted; restore it before importing it again.</source>
        <translation>货号为“%1”的产品已被删除；请先恢复该产品，再重新导入。</translation>
    </message>
    <message>
        <source>A product with SKU “%1” exists already, and SKUs are unique.</source>
        <translation>货号为“%1”的产品已存在，货号不能重复。</translation>
    </message>
</context>
<context>
    <name>rapport::core::import::ColumnMapping</name>
    <message>
        <source>The mapping names a column “%1” that the file does not have (its columns: %2).</source>
        <translation>映射中指定的列“%1”在文件中不存在（文件中的列：%2）。</translation>
    </message>
    <message>
        <source>The mapping for column “%1” must be a field key (a string).</source>
        <translation>列“%1”的映射必须是字段键（字符串）。</translation>
    </message>
    <message>
        <source>Unknown field “%1” for column “%2” (fields: %3, or custom.KEY).</source>
        <translation>列“%2”的字段“%1”未知（可用字段：%3，或 custom.KEY）。</translation>
    </message>
    <message>
        <source>The field “%1” is mapped from two columns.</source>
        <translation>有两列映射到了字段“%1”。</translation>
    </message>
</context>
<context>
    <name>rapport::core::import::CustomerRows</name>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户必须有姓名。</translation>
    </message>
</context>
<context>
    <name>rapport::core::import::ImportOptions</name>
    <message>
        <source>Unknown duplicate handling “%1”: use skip, update or create.</source>
        <translation>未知的重复记录处理方式“%1”：请使用 skip、update 或 create。</translation>
    </message>
    <message>
        <source>Unknown update mode “%1”: use fill or overwrite.</source>
        <translation>未知的更新方式“%1”：请使用 fill 或 overwrite。</translation>
    </message>
</context>
<context>
    <name>rapport::core::import::ImportSchema</name>
    <message>
        <source>Unknown kind of data “%1”: use customers, companies, products or orders.</source>
        <translation>未知的数据类型“%1”：请使用 customers、companies、products 或 orders。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opted out of e-mail</source>
        <translation>已退订邮件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>客户电子邮件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
</context>
<context>
    <name>rapport::core::import::Importer</name>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation>“%1”不存在或不是文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is empty: the first line should name the columns.</source>
        <translation>“%1”是空文件：第一行应为列名。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>正在读取列…</translation>
    </message>
    <message>
        <source>No column of “%1” is mapped to %2, which every row needs (columns found: %3).</source>
        <translation>“%1”中没有映射到“%2”的列，而每一行都需要该字段（找到的列：%3）。</translation>
    </message>
    <message>
        <source>No column of “%1” names the customer: map a customer, customer number or customer e-mail column, or choose a walk-in customer.</source>
        <translation>“%1”中没有指明客户的列：请映射客户、客户编号或客户电子邮件列，或者选择一个散客。</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to “%1”: %2</source>
        <translation>无法将被拒绝的行写入“%1”：%2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reading what is in the database…</source>
        <translation>正在读取数据库中的现有数据…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Building the indexes…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>“%1” is not a custom field: none is defined for this kind of data.</source>
        <translation>“%1”不是自定义字段：此类数据未定义任何自定义字段。</translation>
    </message>
    <message>
        <source>“%1” is not a custom field (defined: %2).</source>
        <translation>“%1”不是自定义字段（已定义：%2）。</translation>
    </message>
</context>
<context>
    <name>rapport::core::import::OrderRows</name>
    <message>
        <source>Every order line needs %1.</source>
        <translation>每条订单明细都必须有%1。</translation>
    </message>
    <message>
        <source>The order names no customer (map a customer, customer number or e-mail column, or choose a walk-in customer for such orders).</source>
        <translation>该订单未指明客户（请映射客户、客户编号或电子邮件列，或为此类订单选择一个散客）。</translation>
    </message>
    <message>
        <source>More than one customer is named “%1”; give a customer number or e-mail to tell them apart.</source>
        <translation>有多位客户名为“%1”；请提供客户编号或电子邮件以便区分。</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>The product with SKU “%1” was deleted; restore it first.</source>
        <translation>货号为“%1”的产品已被删除；请先恢复该产品。</translation>
    </message>
    <message>
        <source>Order %1 was deleted; restore it before importing it again.</source>
        <translation>订单 %1 已被删除；请先恢复该订单，再重新导入。</translation>
    </message>
    <message>
        <source>Order %1 exists already, and order numbers are unique.</source>
        <translation>订单 %1 已存在，订单号不能重复。</translation>
    </message>
    <message>
        <source>A quantity of 0 sells nothing.</source>
        <translation>数量为 0，没有售出任何商品。</translation>
    </message>
    <message>
        <source>A negative unit price is an accounting adjustment, not a sale.</source>
        <translation>负数单价属于账务调整，而不是销售。</translation>
    </message>
    <message>
        <source>A negative quantity in order %1, which also sells: a return belongs in its own cancelled order.</source>
        <translation>订单 %1 中有负数数量，而该订单同时也有销售：退货应单独作为一张已取消的订单。</translation>
    </message>
    <message>
        <source>Order %1 is in %2; this line is in %3.</source>
        <translation>订单 %1 的币种是 %2；此行的币种是 %3。</translation>
    </message>
</context>
<context>
    <name>rapport::core::import::RowCleaner</name>
    <message>
        <source>“%1” is not a currency code such as CNY, USD or EUR.</source>
        <translation>“%1”不是币种代码（例如 CNY、USD 或 EUR）。</translation>
    </message>
    <message>
        <source>“%1” is not an order status (open, paid, shipped or cancelled).</source>
        <translation>“%1”不是订单状态（未付款、已付款、已发货或已取消）。</translation>
    </message>
    <message>
        <source>The amount is in %1 but the row is in %2.</source>
        <translation>金额的币种是 %1，但该行的币种是 %2。</translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::CampaignQueue</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>在禁发名单中</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>无电子邮件地址</translation>
    </message>
    <message>
        <source>e-mail address not valid</source>
        <translation>电子邮件地址无效</translation>
    </message>
    <message>
        <source>address shared with another recipient</source>
        <translation>地址与其他收件人重复</translation>
    </message>
    <message>
        <source>no opt-in recorded</source>
        <translation>未记录订阅同意</translation>
    </message>
    <message>
        <source>You receive this e-mail as a customer of %1. To receive no more, reply with the subject “unsubscribe %2” or write to %3.</source>
        <translation>您作为 %1 的客户收到此邮件。如不想再收到此类邮件，请回复主题为“unsubscribe %2”的邮件，或写信至 %3。</translation>
    </message>
    <message>
        <source>You receive this e-mail as a customer of %1.</source>
        <translation>您作为 %1 的客户收到此邮件。</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Finding the customers of %1</source>
        <translation>正在查找 %1 中的客户</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Checking the recipients</source>
        <translation>正在检查收件人</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>营销活动需要名称。</translation>
    </message>
    <message>
        <source>Set the address the mail comes from first (E-mail Settings, or rapport-cli mail identity).</source>
        <translation>请先设置发件地址（“电子邮件设置”，或 rapport-cli mail identity）。</translation>
    </message>
    <message>
        <source>The template uses fields that do not exist: %1.</source>
        <translation>模板使用了不存在的字段：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) would get an empty {{%1}}: %2. Give the field a default ({{%1|…}}), fill it in, or queue anyway.</source>
        <translation>
            <numerusform>%n 位收件人的 {{%1}} 将为空：%2。请为该字段设置默认值（{{%1|…}}）、填写该字段，或仍然加入发件箱。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody in %1 can be written to (%n customer(s) in it).</source>
        <translation>
            <numerusform>%1 中没有可以发送邮件的客户（其中共有 %n 位客户）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the outbox</source>
        <translation>正在写入发件箱</translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::MailMessage</name>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>发件人地址“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>收件人地址“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The message id must look like &lt;random@domain&gt;.</source>
        <translation>邮件 ID 的格式必须类似 &lt;random@domain&gt;。</translation>
    </message>
    <message>
        <source>The List-Unsubscribe value is missing or not a list of &lt;URI&gt;s.</source>
        <translation>List-Unsubscribe 值缺失，或不是 &lt;URI&gt; 列表。</translation>
    </message>
    <message>
        <source>The message has no valid date.</source>
        <translation>邮件没有有效的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a header name.</source>
        <translation>“%1”不能用作邮件头名称。</translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::MailTemplate</name>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML 正文</translation>
    </message>
    <message>
        <source>Text body</source>
        <translation>纯文本正文</translation>
    </message>
    <message>
        <source>%1, line %2: a tag opened with {{ is not closed</source>
        <translation>%1，第 %2 行：以 {{ 开始的标记未闭合</translation>
    </message>
    <message>
        <source>%1, line %2: the section {{%3%4}} is not closed</source>
        <translation>%1，第 %2 行：区块 {{%3%4}} 未闭合</translation>
    </message>
    <message>
        <source>%1, line %2: partials such as {{&gt; %3}} cannot be used in an e-mail template</source>
        <translation>%1，第 %2 行：电子邮件模板中不能使用 {{&gt; %3}} 之类的子模板</translation>
    </message>
    <message>
        <source>%1, line %2: changing the delimiters with {{=…=}} is not supported in an e-mail template</source>
        <translation>%1，第 %2 行：电子邮件模板不支持使用 {{=…=}} 更改分隔符</translation>
    </message>
    <message>
        <source>%1, line %2: {{/%3}} closes a section that was not opened</source>
        <translation>%1，第 %2 行：{{/%3}} 关闭了一个未打开的区块</translation>
    </message>
    <message>
        <source>%1, line %2: {{/%3}} does not match {{%4%5}} opened on line %6</source>
        <translation>%1，第 %2 行：{{/%3}} 与第 %6 行打开的 {{%4%5}} 不匹配</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a field name: use lower-case letters, digits and _, or custom. and a custom field key</source>
        <translation>%1，第 %2 行：“%3”不是字段名：请使用小写字母、数字和 _，或使用 custom. 加自定义字段键</translation>
    </message>
    <message>
        <source>%1, line %2: the default of {{%3}} cannot contain {{ or }}</source>
        <translation>%1，第 %2 行：{{%3}} 的默认值不能包含 {{ 或 }}</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::MailTypes</name>
    <message>
        <source>“%1” is not a segment: use tag:NAME, view:NAME, rfm:SEGMENT or rule:ID.</source>
        <translation>“%1”不是分群：请使用 tag:NAME、view:NAME、rfm:SEGMENT 或 rule:ID。</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::OutboxSender</name>
    <message>
        <source>Another Rapport is sending this outbox; try again when it has finished.</source>
        <translation>另一个 Rapport 正在发送此发件箱中的邮件；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Sending to %1</source>
        <translation>正在发送至 %1</translation>
    </message>
    <message>
        <source>The mail server cannot be reached (%1); the messages wait in the outbox.</source>
        <translation>无法连接邮件服务器（%1）；邮件仍在发件箱中等待。</translation>
    </message>
    <message>
        <source>The mail server refused the settings: %1</source>
        <translation>邮件服务器拒绝了这些设置：%1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[测试] %1</translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::SmtpTransport</name>
    <message>
        <source>No SMTP server is set.</source>
        <translation>未设置 SMTP 服务器。</translation>
    </message>
    <message>
        <source>Unencrypted SMTP is only allowed to this computer; choose STARTTLS or TLS for %1.</source>
        <translation>未加密的 SMTP 只允许连接本机；请为 %1 选择 STARTTLS 或 TLS。</translation>
    </message>
    <message>
        <source>Could not start libcurl.</source>
        <translation>无法启动 libcurl。</translation>
    </message>
    <message>
        <source>The sender address “%1” is not valid.</source>
        <translation>发件人地址“%1”无效。</translation>
    </message>
    <message>
        <source>The recipient address “%1” is not valid.</source>
        <translation>收件人地址“%1”无效。</translation>
    </message>
    <message>
        <source>The server does not offer authentication, so the user name and password were not checked.</source>
        <translation>服务器不提供身份验证，因此未验证用户名和密码。</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS: choose TLS (usually port 465) or ask the mail provider which port uses STARTTLS</source>
        <translation>服务器不支持 STARTTLS：请选择 TLS（通常为 465 端口），或向邮件服务商询问哪个端口使用 STARTTLS</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::Apriori</name>
    <message>
        <source>Mining itemsets of size %1</source>
        <translation>正在挖掘大小为 %1 的项集</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::BasketFiles</name>
    <message>
        <source>Reading the baskets was cancelled.</source>
        <translation>读取购物篮已取消。</translation>
    </message>
    <message>
        <source>%1 holds no transactions: the file is empty or has only blank lines.</source>
        <translation>%1 中没有任何交易：文件为空或只有空行。</translation>
    </message>
    <message>
        <source>%1 line %2: item &quot;%3&quot; is too large (at most %4 digits).</source>
        <translation>%1 第 %2 行：项“%3”过大（最多 %4 位数字）。</translation>
    </message>
    <message>
        <source>%1 line %2: item &quot;%3&quot; is not a non-negative integer.</source>
        <translation>%1 第 %2 行：项“%3”不是非负整数。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::Eclat</name>
    <message>
        <source>Mining</source>
        <translation>正在挖掘</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::FpGrowth</name>
    <message>
        <source>Mining</source>
        <translation>正在挖掘</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::ItemsetMiner</name>
    <message>
        <source>More than %L1 transactions: split the data and mine the parts.</source>
        <translation>交易超过 %L1 笔：请拆分数据后分别挖掘。</translation>
    </message>
    <message>
        <source>Preparing transactions</source>
        <translation>正在准备交易</translation>
    </message>
    <message>
        <source>Mining was cancelled.</source>
        <translation>挖掘已取消。</translation>
    </message>
    <message>
        <source>Not enough memory to mine at this support. Raise the minimum support or set a maximum itemset size.</source>
        <translation>内存不足，无法按此支持度进行挖掘。请提高最小支持度或设置最大项集大小。</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::ItemsetStore</name>
    <message>
        <source>More than %L1 frequent itemsets: too many to keep in memory. Raise the minimum support or set a maximum itemset size.</source>
        <translation>频繁项集超过 %L1 个，数量过多，无法保存在内存中。请提高最小支持度或设置最大项集大小。</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::MiningOptions</name>
    <message>
        <source>Unknown algorithm &quot;%1&quot;: use apriori, eclat or fpgrowth.</source>
        <translation>未知算法“%1”：请使用 apriori、eclat 或 fpgrowth。</translation>
    </message>
    <message>
        <source>The minimum support must be a fraction above 0 and at most 1 (0.01 is 1%); %1 is outside that range.</source>
        <translation>最小支持度必须是大于 0 且不超过 1 的小数（0.01 即 1%）；%1 超出了该范围。</translation>
    </message>
    <message>
        <source>The largest itemset size cannot be negative.</source>
        <translation>最大项集大小不能为负数。</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::MiningService</name>
    <message>
        <source>Mining was cancelled.</source>
        <translation>挖掘已取消。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>There are no orders to mine in this period.</source>
        <translation>此期间内没有可挖掘的订单。</translation>
    </message>
    <message>
        <source>There are no orders to mine yet.</source>
        <translation>尚无可挖掘的订单。</translation>
    </message>
    <message>
        <source>Finding frequent itemsets</source>
        <translation>正在查找频繁项集</translation>
    </message>
    <message>
        <source>Deriving rules</source>
        <translation>正在推导规则</translation>
    </message>
    <message>
        <source>Saving the rules</source>
        <translation>正在保存规则</translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::Rules</name>
    <message>
        <source>The minimum confidence must be between 0 and 1 (0.5 is 50%); %1 is not.</source>
        <translation>最小置信度必须介于 0 和 1 之间（0.5 即 50%）；%1 不在此范围内。</translation>
    </message>
    <message>
        <source>The minimum lift cannot be negative.</source>
        <translation>最小提升度不能为负数。</translation>
    </message>
    <message>
        <source>A rule needs at least one item in its consequent, and the antecedent limit cannot be negative.</source>
        <translation>规则的后项（还购买了）至少需要一个项，且前项（购买了）的项数上限不能为负数。</translation>
    </message>
    <message>
        <source>Mining was cancelled.</source>
        <translation>挖掘已取消。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>An itemset of %1 items has too many ways to split into rules with larger consequents; use one-item consequents or a maximum itemset size.</source>
        <translation>包含 %1 个项的项集拆分为多项后项规则的方式过多；请使用单项后项，或设置最大项集大小。</translation>
    </message>
    <message>
        <source>More than %L1 rules: too many to keep. Raise the minimum confidence, lift or support.</source>
        <translation>规则超过 %L1 条，数量过多，无法保留。请提高最小置信度、提升度或支持度。</translation>
    </message>
</context>
<context>
    <name>rapport::core::sql</name>
    <message>
        <source>The database is busy in another program. Close it there and try again.</source>
        <translation>数据库正被其他程序使用。请在那里关闭它后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only).</source>
        <translation>无法写入数据库文件（只读）。</translation>
    </message>
    <message>
        <source>Writing to the database failed (is the disk full?): %1</source>
        <translation>写入数据库失败（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation>没有这一行。</translation>
    </message>
</context>
<context>
    <name>rapport::core::value::BoostedTrees</name>
    <message>
        <source>The prediction library (XGBoost) failed to %1: %2</source>
        <translation>预测库（XGBoost）执行“%1”失败：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>rapport::core::value::Features</name>
    <message>
        <source>days since last purchase</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>purchase days</source>
        <translation>购买天数</translation>
    </message>
    <message>
        <source>total spend</source>
        <translation>总消费额</translation>
    </message>
    <message>
        <source>spend per purchase</source>
        <translation>每次消费额</translation>
    </message>
    <message>
        <source>days since first purchase</source>
        <translation>距首次购买天数</translation>
    </message>
    <message>
        <source>usual days between purchases</source>
        <translation>通常购买间隔天数</translation>
    </message>
    <message>
        <source>days between the last two purchases</source>
        <translation>最近两次购买间隔天数</translation>
    </message>
    <message>
        <source>time since last purchase vs usual gap</source>
        <translation>距上次购买时间与通常间隔之比</translation>
    </message>
    <message>
        <source>purchases in the last 90 days</source>
        <translation>最近 90 天购买次数</translation>
    </message>
    <message>
        <source>purchases 90–180 days ago</source>
        <translation>90–180 天前购买次数</translation>
    </message>
    <message>
        <source>spend in the last 90 days</source>
        <translation>最近 90 天消费额</translation>
    </message>
    <message>
        <source>purchase trend (last 90 days vs the 90 before)</source>
        <translation>购买趋势（最近 90 天与之前 90 天相比）</translation>
    </message>
    <message>
        <source>categories bought</source>
        <translation>购买过的类别数</translation>
    </message>
    <message>
        <source>share of purchases in %1</source>
        <translation>%1 购买占比</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %n day(s)</source>
        <translation>
            <numerusform>%n 天未购买</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bought on %n day(s)</source>
        <translation>
            <numerusform>有 %n 天购买</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>customer for %n day(s)</source>
        <translation>
            <numerusform>成为客户 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually buys every %n day(s)</source>
        <translation>
            <numerusform>通常每 %n 天购买一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) between the last two purchases</source>
        <translation>
            <numerusform>最近两次购买间隔 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1× the usual gap since the last purchase</source>
        <translation>距上次购买已达通常间隔的 %1×</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) in the last 90 days</source>
        <translation>
            <numerusform>最近 90 天购买 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) 90–180 days ago</source>
        <translation>
            <numerusform>90–180 天前购买 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>buying less often than before</source>
        <translation>购买频率低于以往</translation>
    </message>
    <message>
        <source>buying as often as before or more</source>
        <translation>购买频率不低于以往</translation>
    </message>
    <message numerus="yes">
        <source>bought from %n categor(y/ies)</source>
        <translation>
            <numerusform>购买过 %n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of purchases in %2</source>
        <translation>%2 占购买的 %1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>only one purchase so far</source>
        <translation>目前只购买过一次</translation>
    </message>
</context>
<context>
    <name>rapport::core::value::LifetimeModels</name>
    <message>
        <source>The %1 model did not converge after %2 iterations (last parameters %3): the data give it no clear optimum (too little history, or purchases spread too evenly). Try a longer calibration period.</source>
        <translation>%1 模型在 %2 次迭代后仍未收敛（最后的参数为 %3）：数据没有给出明确的最优解（历史太短，或购买分布过于均匀）。请尝试更长的校准期。</translation>
    </message>
    <message>
        <source>%1: %2 = %3 is at the edge of the model, where the likelihood is flat; treat it as “%4”.</source>
        <translation>%1：%2 = %3 处于模型边界，此处似然函数平坦；请将其视为“%4”。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>BG/NBD: the data show almost no drop-out after a purchase, so P(alive) is close to 1 for every customer.</source>
        <translation>BG/NBD：数据显示购买后几乎没有客户流失，因此每位客户的活跃概率都接近 1。</translation>
    </message>
    <message>
        <source>Every repeat purchase has a spend of zero: the spend model needs amounts. Check the amount column.</source>
        <translation>所有重复购买的消费额均为零：消费模型需要金额数据。请检查金额列。</translation>
    </message>
    <message>
        <source>Gamma-Gamma: frequency and spend per purchase are correlated (%1), against the model&apos;s assumption; its spend predictions are less reliable.</source>
        <translation>Gamma-Gamma：购买频率与每次消费额存在相关性（%1），与模型假设不符；其消费预测的可靠性较低。</translation>
    </message>
    <message>
        <source>Only %1 customers bought again after their first purchase in the period the models learn from; they need at least %2. Add more order history (for a transaction file: choose a later calibration end).</source>
        <translation>在模型学习的期间内，首次购买后再次购买的客户只有 %1 位；至少需要 %2 位。请补充更多订单历史（对于交易文件：请选择更晚的校准期结束日期）。</translation>
    </message>
</context>
<context>
    <name>rapport::core::value::Rfm</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>rapport::core::value::TransactionFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 has no column “%2”; its columns are: %3</source>
        <translation>%1 中没有“%2”列；现有的列为：%3</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1, line %2, column “%3”: %4</source>
        <translation>%1，第 %2 行，“%3”列：%4</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2024-03-05, optionally with a time, or 20240305)</source>
        <translation>“%1”不是日期（请使用 2024-03-05 格式，可带时间，或使用 20240305）</translation>
    </message>
    <message>
        <source>%1 holds no transactions with a customer, a date and an amount of at least 0.</source>
        <translation>%1 中没有同时包含客户、日期和不小于 0 的金额的交易。</translation>
    </message>
</context>
<context>
    <name>rapport::core::value::ValueModel</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>There are no purchases to fit the models on.</source>
        <translation>没有可用于拟合模型的购买记录。</translation>
    </message>
    <message>
        <source>The lifetime model&apos;s expected purchases cannot be computed for these parameters.</source>
        <translation>无法根据这些参数计算终身价值模型的预期购买次数。</translation>
    </message>
    <message>
        <source>Too few customers bought again to learn which category they buy next.</source>
        <translation>再次购买的客户太少，无法学习他们下次会购买哪个类别。</translation>
    </message>
    <message>
        <source>There are no orders to score customers on.</source>
        <translation>没有可用于为客户评分的订单。</translation>
    </message>
    <message>
        <source>Scoring recency, frequency and monetary value</source>
        <translation>正在为最近购买、购买频率和消费金额评分</translation>
    </message>
    <message>
        <source>Fitting the lifetime and spend models</source>
        <translation>正在拟合终身价值模型和消费模型</translation>
    </message>
    <message>
        <source>Computing lifetime values</source>
        <translation>正在计算客户终身价值</translation>
    </message>
    <message>
        <source>The propensity models were switched off.</source>
        <translation>倾向模型已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>The churn and next-category models need more than two periods of history (%n day(s) each); they were not trained.</source>
        <translation>
            <numerusform>流失模型和下一购买类别模型需要超过两个周期的历史数据（每个周期 %n 天）；未进行训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training the churn model</source>
        <translation>正在训练流失模型</translation>
    </message>
    <message>
        <source>Scoring churn risk</source>
        <translation>正在评估流失风险</translation>
    </message>
    <message>
        <source>Training the next-category model</source>
        <translation>正在训练下一购买类别模型</translation>
    </message>
    <message>
        <source>The next-category model needs products in at least two categories.</source>
        <translation>下一购买类别模型要求产品至少分属两个类别。</translation>
    </message>
    <message>
        <source>steady buying</source>
        <translation>购买稳定</translation>
    </message>
    <message>
        <source>Churn risk %1 %, mostly from: %2</source>
        <translation>流失风险 %1%，主要原因：%2</translation>
    </message>
    <message>
        <source>The calibration end %1 is before the first purchase (%2). Choose a calibration end between %2 and %3, or, when scoring, a shorter period.</source>
        <translation>校准期结束日期 %1 早于首次购买（%2）。请选择 %2 至 %3 之间的校准期结束日期；评分时请选择更短的周期。</translation>
    </message>
    <message>
        <source>Not enough memory to check the models.</source>
        <translation>内存不足，无法检验模型。</translation>
    </message>
    <message numerus="yes">
        <source>The models could not be checked on the last %n day(s): %1</source>
        <translation>
            <numerusform>无法用最近 %n 天检验模型：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The expected purchases of %n customer(s) cannot be computed with the fitted BG/NBD parameters (the hypergeometric function does not converge for them); nothing was stored.</source>
        <translation>
            <numerusform>无法用拟合的 BG/NBD 参数计算 %n 位客户的预期购买次数（超几何函数对其不收敛）；未保存任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gamma-Gamma: q = %1 is at most 1, so the model&apos;s mean spend is infinite; %n customer(s) were valued at their own or the average repeat spend instead.</source>
        <translation>
            <numerusform>Gamma-Gamma：q = %1 不大于 1，模型的平均消费额为无穷大；已改用 %n 位客户自身或平均的重复购买消费额估值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ActivityCommands</name>
    <message>
        <source>New %1 %2</source>
        <translation>新建%1 %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation>将 %1 标记为已完成</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>推迟 %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ActivityDialog</name>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已完成(&amp;D)</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>到期时</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>提前 15 分钟</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <source>At a chosen time</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>到期时间(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R):</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Write a subject or a text.</source>
        <translation>请填写主题或内容。</translation>
    </message>
    <message>
        <source>This reminder needs a due time.</source>
        <translation>此提醒需要设置到期时间。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ActivityFormat</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AlsoBuysBox</name>
    <message>
        <source>Also buys</source>
        <translation>还会买</translation>
    </message>
    <message>
        <source>Products this customer has not bought yet that customers with similar purchases often buy (from the latest purchase rules)</source>
        <translation>此客户尚未购买、而购买记录相似的客户经常购买的产品（来自最新的购买规则）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AppLock</name>
    <message>
        <source>That is not the password.</source>
        <translation>密码不正确。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AppPasswordDialog</name>
    <message>
        <source>&amp;Remove the password</source>
        <translation>移除密码(&amp;R)</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>应用程序密码</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>The password is asked when this database opens and after the idle time below. It guards Rapport&apos;s window, not the file: anyone who can copy the database file can read it with other tools. To protect the file itself, use your computer&apos;s disk encryption, and encrypted backups for copies that leave it.</source>
        <translation>打开此数据库时以及空闲超过下方设定的时间后，需要输入密码。它保护的是 Rapport 的窗口，而不是文件：任何能复制数据库文件的人都可以用其他工具读取其内容。要保护文件本身，请使用计算机的磁盘加密功能；对于要带离这台计算机的副本，请使用加密备份。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>确认密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>空闲后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ApplyTemplateCommand</name>
    <message>
        <source>Starter template “%1”</source>
        <translation>起步模板“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditFilterBar</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>Search fields and values</source>
        <translation>搜索字段和值</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditLogPage</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Select a row to see its values in full.</source>
        <translation>选择一行以查看完整的值。</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show the whole log again</source>
        <translation>重新显示完整日志</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Old value:</source>
        <translation>旧值：</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>新值：</translation>
    </message>
    <message>
        <source>History of %1 “%2”</source>
        <translation>%1“%2”的历史记录</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditLogWindow</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BackupSettingsDialog</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Back up &amp;automatically (while Rapport is open)</source>
        <translation>在 Rapport 打开期间自动备份(&amp;A)</translation>
    </message>
    <message>
        <source>Backup Settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>保留每日备份(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>保留每周备份(&amp;W)：</translation>
    </message>
    <message>
        <source>A backup on the same disk guards against mistakes and damaged files, not against losing the disk: choose a folder on another drive, or copy an encrypted backup (File › Back Up Now…) elsewhere from time to time.</source>
        <translation>同一磁盘上的备份可防范误操作和文件损坏，但无法防范磁盘丢失：请选择另一个驱动器上的文件夹，或不时将加密备份（文件 › 立即备份…）复制到其他地方。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Backups in this folder:</source>
        <translation>此文件夹中的备份：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Choose a folder (a full path) for the backups.</source>
        <translation>请为备份选择一个文件夹（完整路径）。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BackupTools</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>已自动备份到 %1</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Rapport backup (*.sqlite);;Encrypted Rapport backup (*%1)</source>
        <translation>Rapport 备份 (*.sqlite);;加密的 Rapport 备份 (*%1)</translation>
    </message>
    <message>
        <source>Backing Up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite *%1);;All files (*)</source>
        <translation>Rapport 备份 (*.sqlite *%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the Backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2) is a whole Rapport backup with %n customer(s)</source>
        <translation>
            <numerusform>“%1”（%2）是一个完整的 Rapport 备份，包含 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n order(s).</source>
        <translation>
            <numerusform>和 %n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace everything in “%1” with it? The database as it is now is kept as a backup first, so this can be reversed by restoring that one.</source>
        <translation>要用它替换“%1”中的所有内容吗？当前数据库会先保存为一个备份，因此可以通过恢复该备份来撤销此操作。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Restored from %1; the previous database is kept as %2</source>
        <translation>已从 %1 恢复；之前的数据库已保存为 %2</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>清除个人数据</translation>
    </message>
    <message>
        <source>• %1 (encrypted: may hold them)</source>
        <translation>• %1（已加密：可能包含这些数据）</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold this customer&apos;s personal data:</source>
        <translation>
            <numerusform>%n 个备份仍包含此客户的个人数据：</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them? Copies elsewhere (other disks, sent files) must be deleted by hand.</source>
        <translation>要删除它们吗？其他位置的副本（其他磁盘、已发送的文件）必须手动删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个备份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignPage</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Check Recipients</source>
        <translation>检查收件人</translation>
    </message>
    <message>
        <source>Send Test…</source>
        <translation>测试发送…</translation>
    </message>
    <message>
        <source>Queue Campaign…</source>
        <translation>加入发件箱…</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>保存模板（Ctrl+S）</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation>未保存的模板</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Discard them?</source>
        <translation>模板有未保存的更改。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Open Template</source>
        <translation>打开模板</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板命名。</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>模板“%1”已保存。</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Template “%1” deleted (Edit › Undo brings it back).</source>
        <translation>模板“%1”已删除（使用“编辑 › 撤销”可恢复）。</translation>
    </message>
    <message>
        <source>Nobody would get this message</source>
        <translation>没有人会收到此邮件</translation>
    </message>
    <message>
        <source>Choose a segment first</source>
        <translation>请先选择客户分群</translation>
    </message>
    <message>
        <source>Nobody is in this segment</source>
        <translation>此分群中没有客户</translation>
    </message>
    <message>
        <source>Choose a segment first.</source>
        <translation>请先选择客户分群。</translation>
    </message>
    <message>
        <source>Send Test</source>
        <translation>测试发送</translation>
    </message>
    <message>
        <source>Send the message as %1 would get it to:</source>
        <translation>将 %1 会收到的邮件发送至：</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>该收件人</translation>
    </message>
    <message>
        <source>Choose a segment with customers first: the test message is the one the recipient chosen in the preview would get.</source>
        <translation>请先选择一个有客户的分群：测试邮件即预览中所选收件人将收到的邮件。</translation>
    </message>
    <message>
        <source>Test message sent to %1.</source>
        <translation>测试邮件已发送至 %1。</translation>
    </message>
    <message>
        <source>The test message was not sent.</source>
        <translation>测试邮件未发送。</translation>
    </message>
    <message>
        <source>Queue Campaign</source>
        <translation>将营销活动加入发件箱</translation>
    </message>
    <message>
        <source>Nobody in the segment can get this message.</source>
        <translation>分群中没有人能收到此邮件。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued as “%1”.</source>
        <translation>
            <numerusform>已将 %n 封邮件作为“%1”加入发件箱。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the recipients to preview their messages</source>
        <translation>请先检查收件人，再预览其邮件</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignTasks</name>
    <message>
        <source>Checking recipients…</source>
        <translation>正在检查收件人…</translation>
    </message>
    <message>
        <source>Queueing the campaign…</source>
        <translation>正在将营销活动加入发件箱…</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>正在发送测试邮件…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChartView</name>
    <message>
        <source>Could not write the chart to “%1”.</source>
        <translation>无法将图表写入“%1”。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CompaniesPanel</name>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln 家公司</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T):</translation>
    </message>
    <message>
        <source>Edit Company</source>
        <translation>编辑公司</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>这不是有效的电话号码。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConsentBox</name>
    <message>
        <source>Record Opt-In…</source>
        <translation>记录订阅同意…</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Marketing e-mail</source>
        <translation>营销邮件</translation>
    </message>
    <message>
        <source>The customer asked for no more marketing e-mail (a reply, a call, a bounce). This cannot be undone.</source>
        <translation>客户要求不再接收营销邮件（通过回复、电话或退信）。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2). Rapport never sends them marketing e-mail again.</source>
        <translation>已于 %1 退订（%2）。Rapport 不会再向其发送营销邮件。</translation>
    </message>
    <message>
        <source>Opted out: Rapport never sends them marketing e-mail again.</source>
        <translation>已退订：Rapport 不会再向其发送营销邮件。</translation>
    </message>
    <message>
        <source>Opted in on %1 (%2): “%3”</source>
        <translation>已于 %1 同意订阅（%2）：“%3”</translation>
    </message>
    <message>
        <source>No e-mail address.</source>
        <translation>无电子邮件地址。</translation>
    </message>
    <message>
        <source>No opt-in recorded.</source>
        <translation>未记录订阅同意。</translation>
    </message>
    <message>
        <source>Opt %1 out of marketing e-mail? This cannot be undone: their address stays on the suppression list.</source>
        <translation>要为 %1 退订营销邮件吗？此操作无法撤销：其地址将保留在禁发名单中。</translation>
    </message>
    <message>
        <source>marked on the customer card</source>
        <translation>在客户卡片上标记</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomFieldEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomFieldsDialog</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Show &amp;deleted fields</source>
        <translation>显示已删除的字段(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation>永久删除(&amp;P)…</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T):</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Delete the field “%1”?</source>
        <translation>要删除字段“%1”吗？</translation>
    </message>
    <message>
        <source>The values are kept and the deletion can be undone.</source>
        <translation>字段值会保留，删除操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>Delete the field “%1” permanently? %2 This cannot be undone.</source>
        <translation>要永久删除字段“%1”吗？%2此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>The values of %Ln row(s) will be lost.</source>
        <translation>
            <numerusform>%Ln 行的值将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>No row holds a value.</source>
        <translation>没有任何行包含值。</translation>
    </message>
    <message>
        <source>Delete Field Permanently</source>
        <translation>永久删除字段</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have a value.</source>
        <translation>
            <numerusform>%Ln 个客户有值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies) have a value.</source>
        <translation>
            <numerusform>%Ln 个公司有值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) have a value.</source>
        <translation>
            <numerusform>%Ln 个产品有值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) have a value.</source>
        <translation>
            <numerusform>%Ln 个订单有值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) have a value.</source>
        <translation>
            <numerusform>%Ln 个商机有值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomFieldsForm</name>
    <message>
        <source>%1 *:</source>
        <translation>%1 *：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Please correct: %1.</source>
        <translation>请更正：%1。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomFieldsSection</name>
    <message>
        <source>More fields</source>
        <translation>更多字段</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailPane</name>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>电子邮件：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), total %1</source>
        <translation>
            <numerusform>%n 个订单，合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a custom field&apos;s label and value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Who changed this customer, and when</source>
        <translation>谁在何时修改了此客户</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDialog</name>
    <message>
        <source>Does not want marketing e-mail</source>
        <translation>不接收营销邮件</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>(No company)</source>
        <translation>（无公司）</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+86 138 0013 8000</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O):</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>城市(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T):</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (e.g. name@example.com).</source>
        <translation>这不是有效的电子邮件地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>这不是有效的电话号码。</translation>
    </message>
    <message>
        <source>Customer n&amp;umber:</source>
        <translation>客户编号(&amp;U):</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>更多字段</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerPicker</name>
    <message>
        <source>Type a name, e-mail or phone</source>
        <translation>输入姓名、电子邮件或电话</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerValueBox</name>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message numerus="yes">
        <source>%1 · lifetime value %2 over %n month(s)</source>
        <translation>
            <numerusform>%1 · 未来 %n 个月终身价值 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still active: %1 · expected purchases in the next %n day(s): %2</source>
        <translation>
            <numerusform>仍活跃：%1 · 未来 %n 天预期购买次数：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely to buy next: %1 (%2)</source>
        <translation>下次可能购买：%1（%2）</translation>
    </message>
    <message>
        <source>As of %1 · recency %2, frequency %3, monetary %4 (of 5)</source>
        <translation>截至 %1 · 最近购买 %2，购买频率 %3，消费金额 %4（满分 5）</translation>
    </message>
    <message>
        <source>From the latest scoring run (%1). Insights › Customer value explains the models and how well they predicted the last period.</source>
        <translation>来自最近一次评分（%1）。“洞察 › 客户价值”中介绍了各模型及其对上一周期的预测效果。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerValuePage</name>
    <message>
        <source>Score Customers</source>
        <translation>客户评分</translation>
    </message>
    <message>
        <source>Score every customer again from the current orders</source>
        <translation>根据当前订单重新为所有客户评分</translation>
    </message>
    <message>
        <source>No customer scores yet.</source>
        <translation>尚无客户评分。</translation>
    </message>
    <message>
        <source>Scoring reads every customer&apos;s orders and works out their RFM segment, the chance they are still active, their expected value over the next year (CLV) and their risk of churning, and checks each model on the most recent months.</source>
        <translation>评分会读取每位客户的订单，计算其 RFM 分群、仍然活跃的概率、未来一年的预期价值（CLV）和流失风险，并用最近几个月的数据检验每个模型。</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>customer-segments.png</source>
        <translation>客户分群.png</translation>
    </message>
    <message>
        <source>segment-revenue.png</source>
        <translation>分群收入.png</translation>
    </message>
    <message>
        <source>clv-distribution.png</source>
        <translation>客户价值分布.png</translation>
    </message>
    <message>
        <source>p-alive-vs-frequency.png</source>
        <translation>活跃概率与购买天数.png</translation>
    </message>
    <message>
        <source>holdout-calibration.png</source>
        <translation>留出期校准.png</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction models, checked on the holdout&lt;/b&gt;</source>
        <translation>&lt;b&gt;预测模型（在留出期检验）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customer Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Scored on %1 (UTC)</source>
        <translation>评分时间 %1（UTC）</translation>
    </message>
    <message>
        <source>Customers per RFM segment</source>
        <translation>各 RFM 分群客户数</translation>
    </message>
    <message>
        <source>Revenue by segment</source>
        <translation>各分群收入</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value, next %n month(s)</source>
        <translation>
            <numerusform>未来 %n 个月客户终身价值</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV) of %1 sampled customers</source>
        <translation>%1 位抽样客户的客户终身价值（CLV）</translation>
    </message>
    <message>
        <source>P(alive) against purchase days</source>
        <translation>活跃概率与购买天数</translation>
    </message>
    <message>
        <source>Holdout: predicted and actual purchases</source>
        <translation>留出期：预测与实际购买</translation>
    </message>
    <message>
        <source>Customers grouped by their repeat purchases before the holdout: the purchases the BG/NBD model predicted for the holdout against those they made</source>
        <translation>按留出期之前的重复购买次数分组的客户：BG/NBD 模型对留出期购买的预测与实际购买对比</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) added since: score again to include them.</source>
        <translation>
            <numerusform>此后新增 %Ln 个订单：重新评分即可纳入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPanel</name>
    <message>
        <source>Search names, e-mail, phone, company, notes (Ctrl+F)</source>
        <translation>搜索姓名、电子邮件、电话、公司、备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateOrderChooser</name>
    <message>
        <source>Please choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Reading the dates…</source>
        <translation>正在读取日期…</translation>
    </message>
    <message>
        <source>Your choice; the file suggests %1.</source>
        <translation>已按您的选择；文件建议：%1。</translation>
    </message>
    <message numerus="yes">
        <source>— decided from %n row(s)</source>
        <translation>
            <numerusform>— 根据 %n 行判断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dates disagree: most of the %n row(s) that show their order are %1. Please check the file and choose.</source>
        <translation>
            <numerusform>日期顺序不一致：在能看出顺序的 %n 行中，多数为%1。请检查文件后选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file tells whether 5/3/2024 is 5 March or 3 May. Please choose.</source>
        <translation>无法从文件中判断 5/3/2024 是 3 月 5 日还是 5 月 3 日。请选择。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DealCardDelegate</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days without a change, on a card</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DealDialog</name>
    <message>
        <source>More fields</source>
        <translation>更多字段</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>e.g. 200 boxes of tea for the spring fair</source>
        <translation>例如：春季展会 200 盒茶叶</translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation>输入名称的一部分…</translation>
    </message>
    <message>
        <source>(No company)</source>
        <translation>（无公司）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U):</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>销售管道(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A):</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>概率(&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>预计成交日期(&amp;X):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T):</translation>
    </message>
    <message>
        <source>Stage&apos;s (%1 %)</source>
        <translation>按阶段（%1 %）</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>Type an amount such as 1200 or 1200.50.</source>
        <translation>请输入金额，例如 1200 或 1200.50。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DealsListPanel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln 个商机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicateGroupModel</name>
    <message>
        <source>Same e-mail: %1</source>
        <translation>电子邮件相同：%1</translation>
    </message>
    <message>
        <source>Same phone: %1</source>
        <translation>电话相同：%1</translation>
    </message>
    <message>
        <source>Same name at %1: %2</source>
        <translation>同一公司（%1）中名称相同：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n customer(s)</source>
        <translation>
            <numerusform>%1 — %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message>
        <source>&amp;Search Again</source>
        <translation>重新查找(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Find Duplicate Customers</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>Customers with the same e-mail address, the same phone number, or the same name at the same company.</source>
        <translation>电子邮件地址相同、电话号码相同，或同一公司中名称相同的客户。</translation>
    </message>
    <message>
        <source>Looking for duplicate customers…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>查找重复记录</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>查找重复记录失败。</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>未发现可能的重复记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>发现 %n 组可能的重复记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1: merge them, then search again for the rest.</source>
        <translation>仅显示前 %1 组：请先合并这些记录，再重新查找其余的重复记录。</translation>
    </message>
    <message>
        <source>Select a group and choose Merge… to combine it.</source>
        <translation>选择一组，然后点击“合并…”将其合并。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n value(s) shared by more than %1 customers each (a shared mailbox or switchboard, not one person).</source>
        <translation>
            <numerusform>已忽略 %n 个被超过 %1 位客户共用的值（这类值是公共邮箱或总机，而不是某一个人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>A customer of this group was deleted or merged since the search. Search again to bring the list up to date.</source>
        <translation>查找之后，此组中的某位客户已被删除或合并。请重新查找以更新列表。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ErasureConfirmDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>我了解此操作无法撤销</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>清除个人数据</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase all personal data of “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;要清除“%1”的所有个人数据吗？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Their name, contact details, notes, custom fields, tags, activities, e-mails, consent wording and scores are removed from this database, including the change history.

Orders and their totals are kept for the books, under an anonymous placeholder. If the address is on the suppression list, it stays there so no marketing mail reaches it again.

This cannot be undone, and the Undo history is cleared. Backups made before now still hold the data.</source>
        <translation>其姓名、联系方式、备注、自定义字段、标签、活动、邮件、同意声明文本和评分都将从此数据库中删除，包括更改历史记录。

订单及其合计金额将以匿名占位名义保留，以供记账。如果其邮箱地址在禁止发送名单中，则会继续保留在名单中，确保不再收到营销邮件。

此操作无法撤销，并且撤销历史记录将被清空。此前创建的备份仍包含这些数据。</translation>
    </message>
    <message>
        <source>Erase Permanently</source>
        <translation>永久清除</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ExportDialog</name>
    <message>
        <source>&amp;Whole table</source>
        <translation>整个表(&amp;W)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Orders: one row per order, with its total</source>
        <translation>订单：每个订单一行，含合计</translation>
    </message>
    <message>
        <source>Order lines: one row per line (can be imported again)</source>
        <translation>订单明细：每条明细一行（可重新导入）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel and WPS)</source>
        <translation>带 BOM 的 UTF-8（适用于 Excel 和 WPS）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (for older Excel)</source>
        <translation>GB18030（适用于旧版 Excel）</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Field names (can be imported again)</source>
        <translation>字段名（可重新导入）</translation>
    </message>
    <message>
        <source>Column titles (for reading)</source>
        <translation>列标题（便于阅读）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Ex&amp;port:</source>
        <translation>导出(&amp;P):</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H):</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Lines of the orders in the current view (%Ln order(s))</source>
        <translation>
            <numerusform>当前视图中订单的明细（%Ln 个订单）(&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its filter, search and sort; every column of the lines.</source>
        <translation>沿用当前视图的筛选、搜索和排序；包含明细的所有列。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Current view (%Ln row(s))</source>
        <translation>
            <numerusform>当前视图（%Ln 行）(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its filter, search, sort and visible columns.</source>
        <translation>沿用当前视图的筛选、搜索、排序和可见列。</translation>
    </message>
    <message>
        <source>Every row and every column, custom fields included.</source>
        <translation>所有行和所有列，包括自定义字段。</translation>
    </message>
    <message>
        <source>Every row and every column.</source>
        <translation>所有行和所有列。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 位客户导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln company(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 家公司导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln product(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个产品导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个订单导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order line(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 条订单明细导出到“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::FieldEditorDialog</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>长文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Fast sorting and filtering (index; uses disk space)</source>
        <translation>快速排序和筛选（建立索引；占用磁盘空间）</translation>
    </message>
    <message>
        <source>New Field</source>
        <translation>新建字段</translation>
    </message>
    <message>
        <source>e.g. VIP level</source>
        <translation>例如：VIP 等级</translation>
    </message>
    <message>
        <source>Shown as a hint beside the field</source>
        <translation>作为提示显示在字段旁边</translation>
    </message>
    <message>
        <source>The name imports, exports and the command line use.</source>
        <translation>导入、导出和命令行中使用的名称。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>显示名称(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>选项(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>默认值(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>帮助文字(&amp;H):</translation>
    </message>
    <message>
        <source>Edit Field</source>
        <translation>编辑字段</translation>
    </message>
    <message>
        <source>The key cannot change: stored values, imports and exports use it.</source>
        <translation>键不能更改：已保存的值以及导入和导出都要用到它。</translation>
    </message>
    <message>
        <source>The type cannot change once values are stored.</source>
        <translation>已保存值之后，类型不能再更改。</translation>
    </message>
    <message>
        <source>Another field (perhaps a deleted one) has this key.</source>
        <translation>另一个字段（可能是已删除的字段）已使用此键。</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>新选项</translation>
    </message>
    <message>
        <source>Remove Choice</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <source>Rows that hold “%1” keep it, but it will no longer be offered, and saving such a row asks for another choice. Remove it?</source>
        <translation>已含有“%1”的行会保留该值，但以后不再提供此选项；保存这样的行时会要求另选一个选项。要删除吗？</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterBar</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message numerus="yes">
        <source>Filtered: %1 — %Ln row(s)</source>
        <translation>
            <numerusform>已筛选：%1 — %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterConditionRow</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>移除此条件</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterDialog</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterGroupBox</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任一</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>of the following</source>
        <translation>以下条件</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>删除此组</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ 条件</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ 条件组</translation>
    </message>
    <message>
        <source>Add a group of conditions matched together</source>
        <translation>添加一组作为整体匹配的条件</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterText</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>有标签</translation>
    </message>
    <message>
        <source>lacks tag</source>
        <translation>没有标签</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>rapport::ui::FormValidation</name>
    <message>
        <source>Please correct: %1.</source>
        <translation>请更正：%1。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Import a CSV or tab-separated file as spreadsheets save it. Its first line must name the columns.</source>
        <translation>导入由电子表格软件保存的 CSV 文件或制表符分隔文件。文件的第一行必须是列名。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>GB18030 (GBK, Chinese Windows)</source>
        <translation>GB18030（GBK，中文 Windows）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D):</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>检测到：%1，%2</translation>
    </message>
    <message>
        <source>Reading as: %1, %2</source>
        <translation>读取方式：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n 列：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>保存映射(&amp;S)…</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes into. Columns left at “(do not import)” are ignored.</source>
        <translation>为文件中的每一列选择要导入的字段。保持为“（不导入）”的列将被忽略。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>已保存的映射(&amp;M):</translation>
    </message>
    <message>
        <source>Column in File</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import As</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Leave empty to reject rows without a customer</source>
        <translation>留空则拒绝没有客户的行</translation>
    </message>
    <message>
        <source>Order rows that name no customer go to a customer of this name (created if there is none).</source>
        <translation>未指明客户的订单行将归入此名称的客户（如不存在则自动创建）。</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>重复记录(&amp;D):</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>默认币种(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Walk-in customer:</source>
        <translation>散客(&amp;W):</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Skip them and keep what is there</source>
        <translation>跳过，保留现有数据</translation>
    </message>
    <message>
        <source>Update them: fill in empty fields only</source>
        <translation>更新：仅填写空白字段</translation>
    </message>
    <message>
        <source>Update them: overwrite with the file&apos;s values</source>
        <translation>更新：用文件中的值覆盖</translation>
    </message>
    <message>
        <source>Import them anyway, as new records</source>
        <translation>仍然作为新记录导入</translation>
    </message>
    <message>
        <source>Reject them (listed in the rejected-rows file)</source>
        <translation>拒绝（列入被拒绝行文件）</translation>
    </message>
    <message>
        <source>A row is a duplicate when an existing customer (or an earlier row) has the same customer number, e-mail or phone, or the same name at the same company.</source>
        <translation>如果已有客户（或前面的行）的客户编号、电子邮件或电话与该行相同，或者同一公司中名称相同，则该行视为重复记录。</translation>
    </message>
    <message>
        <source>A row is a duplicate when a company of the same name exists.</source>
        <translation>如果已存在同名公司，则该行视为重复记录。</translation>
    </message>
    <message>
        <source>A row is a duplicate when a product with the same SKU exists.</source>
        <translation>如果已存在货号相同的产品，则该行视为重复记录。</translation>
    </message>
    <message>
        <source>An order is a duplicate when an order with the same number exists.</source>
        <translation>如果已存在单号相同的订单，则该订单视为重复记录。</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>自定义字段“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Every row needs %1, but no column is mapped to it.</source>
        <translation>
            <numerusform>每一行都需要%1，但没有映射相应的列。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No column names the customer: map a customer, customer number or customer e-mail column, or enter a walk-in customer below.</source>
        <translation>没有指明客户的列：请映射客户、客户编号或客户电子邮件列，或在下方输入散客。</translation>
    </message>
    <message>
        <source>Saved Mapping</source>
        <translation>已保存的映射</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of this mapping are not in the file.</source>
        <translation>
            <numerusform>此映射中有 %n 列不在文件中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>将此映射保存为：</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPreviewPage</name>
    <message>
        <source>Check the Data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored, by line of the file. Point at a red cell to see why it cannot be stored.</source>
        <translation>按文件中的行号显示前几行数据保存后的样子。将鼠标指向红色单元格可查看无法保存的原因。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Reading the file was cancelled. Go back and forth to read it again.</source>
        <translation>已取消读取文件。返回上一步后再回到此页即可重新读取。</translation>
    </message>
    <message>
        <source>From the column “%1”</source>
        <translation>来自“%1”列</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>前 %n 行没有问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n row(s) have problems; they will be listed in the rejected-rows file and not imported.</source>
        <translation>
            <numerusform>前 %n 行中有 %1 行存在问题；这些行将列入被拒绝行文件，不会被导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportResultPage</name>
    <message>
        <source>&amp;Open Rejected Rows</source>
        <translation>打开被拒绝的行(&amp;O)</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>What the import did. The rows were written in one go: all of them or, had anything gone wrong, none.</source>
        <translation>本次导入的结果。所有行一次性写入：要么全部写入，要么（一旦出错）全部不写入。</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>Skipped (duplicates):</source>
        <translation>跳过（重复）：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>拒绝：</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n row(s) read.</source>
        <translation>
            <numerusform>“%1”：已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Duplicates found — %1.</source>
        <translation>发现重复记录：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n 家公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) with %1 line(s)</source>
        <translation>
            <numerusform>%n 个订单（共 %1 条明细）</numerusform>
        </translation>
    </message>
    <message>
        <source>Also created: %1.</source>
        <translation>同时新建了：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are cancellations.</source>
        <translation>
            <numerusform>其中 %n 个订单为已取消订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows, each with the reason, are in %1.</source>
        <translation>被拒绝的行及其原因已保存在 %1 中。</translation>
    </message>
    <message>
        <source>To take this import back, choose Edit › Undo.</source>
        <translation>如需撤回此次导入，请选择“编辑 › 撤销”。</translation>
    </message>
    <message>
        <source>Nothing in the database was changed.</source>
        <translation>数据库未做任何更改。</translation>
    </message>
    <message>
        <source>Open Rejected Rows</source>
        <translation>打开被拒绝的行</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>没有可以打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InsightsPanel</name>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailPanel</name>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailPreview</name>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailSettingsDialog</name>
    <message>
        <source>Connected to %1: the server accepts these settings.</source>
        <translation>已连接到 %1：服务器接受这些设置。</translation>
    </message>
    <message>
        <source>Connected to %1: the server accepts these settings (“%2”).</source>
        <translation>已连接到 %1：服务器接受这些设置（“%2”）。</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the host name and the port, and that this computer is online.</source>
        <translation>无法连接 %1（%2）。请检查主机名和端口，并确认此计算机已联网。</translation>
    </message>
    <message>
        <source>The server refused the settings: %1. Check the user name, the password and the security choice.</source>
        <translation>服务器拒绝了这些设置：%1。请检查用户名、密码和安全选项。</translation>
    </message>
    <message>
        <source>The server is busy for now (“%1”); try again later.</source>
        <translation>服务器暂时繁忙（“%1”）；请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused: “%1”.</source>
        <translation>服务器拒绝：“%1”。</translation>
    </message>
    <message>
        <source>The connection to %1 broke off (%2).</source>
        <translation>与 %1 的连接已中断（%2）。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>E-mail Settings</source>
        <translation>电子邮件设置</translation>
    </message>
    <message>
        <source>The shop&apos;s postal address, shown with the unsubscribe line of every message</source>
        <translation>店铺的邮政地址，随每封邮件的退订说明一起显示</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS（端口 465）</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>无（仅限本机）</translation>
    </message>
    <message>
        <source>Without encryption the password and the mail cross the network in the clear, so it is only allowed for a server on this computer (localhost or 127.0.0.1).</source>
        <translation>不加密时，密码和邮件会以明文在网络上传输，因此仅允许用于本机上的服务器（localhost 或 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation>留空：服务器无需登录</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> 封/分钟</translation>
    </message>
    <message>
        <source>Many providers limit how fast one account may send; stay below it.</source>
        <translation>许多服务商会限制单个账户的发送速度；请勿超过该限制。</translation>
    </message>
    <message>
        <source>How often a message is tried when the server says &quot;later&quot; before it counts as failed.</source>
        <translation>服务器答复“稍后再试”时，一封邮件在被视为失败之前的尝试次数。</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>发件地址(&amp;F):</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>邮政地址(&amp;A):</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>安全性(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>邮件数(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>尝试次数(&amp;A):</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept until Rapport closes.</source>
        <translation>没有可用的系统钥匙串：密码仅保留到 Rapport 关闭为止。</translation>
    </message>
    <message>
        <source>Enter the address the mail comes from, e.g. shop@example.com.</source>
        <translation>请输入发件地址，例如 shop@example.com。</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, e.g. smtp.example.com.</source>
        <translation>请输入邮件服务器名称，例如 smtp.example.com。</translation>
    </message>
    <message>
        <source>A host name has no spaces or slashes.</source>
        <translation>主机名不能包含空格或斜杠。</translation>
    </message>
    <message>
        <source>Without encryption only a server on this computer (localhost or 127.0.0.1) is allowed; choose STARTTLS or TLS.</source>
        <translation>不加密时只允许使用本机上的服务器（localhost 或 127.0.0.1）；请选择 STARTTLS 或 TLS。</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>正在连接 %1:%2…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainActions</name>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>关于 Rapport(&amp;A)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;vCards…</source>
        <translation>导入 vCard(&amp;V)…</translation>
    </message>
    <message>
        <source>Export Customers as v&amp;Cards…</source>
        <translation>将客户导出为 vCard(&amp;C)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复记录(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Custom &amp;Fields…</source>
        <translation>自定义字段(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Ta&amp;g Selected Customers…</source>
        <translation>为所选客户添加标签(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Starter Template…</source>
        <translation>起步模板(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Overdue Activities…</source>
        <translation>逾期活动(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>保存视图(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Mine Purchase Rules…</source>
        <translation>挖掘购买规则(&amp;M)…</translation>
    </message>
    <message>
        <source>Score &amp;Customers</source>
        <translation>客户评分(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;E-mail Campaign</source>
        <translation>新建电子邮件营销活动(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>发件箱(&amp;O)</translation>
    </message>
    <message>
        <source>E-mail &amp;Settings…</source>
        <translation>电子邮件设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation>备份设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Application &amp;Password…</source>
        <translation>应用程序密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock Rapport</source>
        <translation>锁定 Rapport(&amp;L)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>No database is open.
Use File › Open Database… to open or create one.</source>
        <translation>没有打开的数据库。
请使用“文件 › 打开数据库…”打开或新建一个。</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>新建公司(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>新建产品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New Order…</source>
        <translation>新建订单(&amp;N)…</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>Rapport databases (*.db *.rapport);;All files (*)</source>
        <translation>Rapport 数据库 (*.db *.rapport);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language will be used the next time Rapport starts.</source>
        <translation>新语言将在下次启动 Rapport 时生效。</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>关于 Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: customers, companies, products and orders in one local file.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;面向小企业的桌面客户管理软件：客户、公司、产品和订单都保存在一个本地文件中。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MergeCommand</name>
    <message numerus="yes">
        <source>Merge %n customer(s) into %1</source>
        <translation>
            <numerusform>将 %n 位客户合并到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Pick the record to keep and, field by field, the value it keeps. The other records&apos; orders, activities and tags move to it; the other records are deleted.</source>
        <translation>选择要保留的记录，并逐个字段选择要保留的值。其他记录的订单、活动和标签将移到该记录下，其他记录将被删除。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Combine all notes</source>
        <translation>合并所有备注</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>保留此记录</translation>
    </message>
    <message>
        <source>Merge it</source>
        <translation>合并此记录</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>合并后的记录</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>参与合并</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Marketing e-mail</source>
        <translation>营销邮件</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Orders, activities, tags</source>
        <translation>订单、活动、标签</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n 条活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (kept)</source>
        <translation>记录 %1（保留）</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Opted out (locked)</source>
        <translation>已退订（锁定）</translation>
    </message>
    <message>
        <source>A record in this merge opted out of marketing e-mail, so the merged customer stays opted out. A merge never loses an opt-out.</source>
        <translation>参与合并的记录中有一条已退订营销邮件，因此合并后的客户仍保持退订。合并永远不会丢失退订状态。</translation>
    </message>
    <message>
        <source>Choose at least one record to merge into the kept one.</source>
        <translation>请至少选择一条记录合并到保留的记录中。</translation>
    </message>
    <message>
        <source>Merging moves %1 and %2 to the kept record and deletes %3.</source>
        <translation>合并会将 %1 和 %2 移到保留的记录下，并删除 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n 条其他记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo splits them again.</source>
        <translation>使用“编辑 › 撤销”可重新拆分。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MineRulesDialog</name>
    <message>
        <source>Only orders from</source>
        <translation>仅限以下期间的订单：</translation>
    </message>
    <message>
        <source>Mine Purchase Rules</source>
        <translation>挖掘购买规则</translation>
    </message>
    <message>
        <source>Each order</source>
        <translation>每个订单</translation>
    </message>
    <message>
        <source>Each customer&apos;s orders together</source>
        <translation>每位客户的所有订单合并</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>FP-Growth</source>
        <translation>FP-Growth</translation>
    </message>
    <message>
        <source>Eclat</source>
        <translation>Eclat</translation>
    </message>
    <message>
        <source>Apriori</source>
        <translation>Apriori</translation>
    </message>
    <message>
        <source>A group of items counts when at least this share of all baskets holds it</source>
        <translation>一组项至少出现在此比例的购物篮中时才计入</translation>
    </message>
    <message>
        <source>Keep a rule when at least this share of the baskets with its left side also hold its right side</source>
        <translation>含有规则左侧的购物篮中至少有此比例也含有右侧时，保留该规则</translation>
    </message>
    <message>
        <source>Keep a rule when its right side is bought at least this many times more often with its left side than on its own</source>
        <translation>规则右侧与左侧一起被购买的频率至少是单独购买时的此倍数时，保留该规则</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The most items a rule may name, both sides together</source>
        <translation>一条规则最多可包含的项数（两侧合计）</translation>
    </message>
    <message>
        <source>One basket for:</source>
        <translation>每个购物篮对应：</translation>
    </message>
    <message>
        <source>Items are:</source>
        <translation>项为：</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>算法：</translation>
    </message>
    <message>
        <source>Minimum support:</source>
        <translation>最小支持度：</translation>
    </message>
    <message>
        <source>Minimum confidence:</source>
        <translation>最小置信度：</translation>
    </message>
    <message>
        <source>Minimum lift:</source>
        <translation>最小提升度：</translation>
    </message>
    <message>
        <source>Largest item group:</source>
        <translation>最大项组大小：</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>挖掘</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MiningTask</name>
    <message>
        <source>Mining purchase rules…</source>
        <translation>正在挖掘购买规则…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MiningText</name>
    <message>
        <source>Apriori</source>
        <translation>Apriori</translation>
    </message>
    <message>
        <source>Eclat</source>
        <translation>Eclat</translation>
    </message>
    <message>
        <source>FP-Growth</source>
        <translation>FP-Growth</translation>
    </message>
    <message>
        <source>per order</source>
        <translation>按订单</translation>
    </message>
    <message>
        <source>per customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>类别</translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln basket(s)</source>
        <translation>
            <numerusform>至少 %Ln 个购物篮</numerusform>
        </translation>
    </message>
    <message>
        <source>support %1</source>
        <translation>支持度 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln basket(s)</source>
        <translation>
            <numerusform>%Ln 个购物篮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4 · %5 · confidence %6 — %7</source>
        <comment>a mining run in the run list</comment>
        <translation>%1 · %2 · %3，%4 · %5 · 置信度 %6 — %7</translation>
    </message>
    <message>
        <source>%1
Support %2 (%3 baskets) · confidence %4 · lift %5 · conviction %6</source>
        <translation>%1
支持度 %2（%3 个购物篮）· 置信度 %4 · 提升度 %5 · 确信度 %6</translation>
    </message>
    <message>
        <source>Bought %1 — %2 of such customers also bought %3 (lift %4)</source>
        <translation>购买了 %1 — 此类客户中有 %2 还购买了 %3（提升度 %4）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ModelReportModel</name>
    <message>
        <source>Churn
(no purchase next period)</source>
        <translation>流失
（下一周期无购买）</translation>
    </message>
    <message>
        <source>Next category</source>
        <translation>下一购买类别</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>recency</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>past category share</source>
        <translation>历史类别占比</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Share of the model&apos;s gain per input:</source>
        <translation>各输入在模型增益中的占比：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Area under the ROC curve on the holdout: 0.5 is a coin toss, 1 is perfect</source>
        <translation>留出期 ROC 曲线下面积：0.5 相当于随机猜测，1 为完美</translation>
    </message>
    <message>
        <source>How many times more often the top 10 % by score are positive than average</source>
        <translation>得分最高的 10% 客户为正例的频率是平均水平的几倍</translation>
    </message>
    <message>
        <source>The AUC of ranking by days since the last purchase alone</source>
        <translation>仅按距上次购买天数排序的 AUC</translation>
    </message>
    <message>
        <source>The AUC of ranking by the category&apos;s past share of purchases</source>
        <translation>按类别历史购买占比排序的 AUC</translation>
    </message>
    <message>
        <source>The AUC of ranking by 1 − P(alive) from the BG/NBD model</source>
        <translation>按 BG/NBD 模型的 1 − 活跃概率排序的 AUC</translation>
    </message>
    <message>
        <source>The AUC of BG/NBD&apos;s own probability of no purchase in the period</source>
        <translation>BG/NBD 模型本期无购买概率的 AUC</translation>
    </message>
    <message>
        <source>Customers the model was checked on, after the calibration window</source>
        <translation>校准窗口之后用于检验模型的客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Lift, top 10 %</source>
        <translation>前 10% 提升度</translation>
    </message>
    <message>
        <source>Baseline AUC</source>
        <translation>基线 AUC</translation>
    </message>
    <message>
        <source>P(alive) AUC</source>
        <translation>活跃概率 AUC</translation>
    </message>
    <message>
        <source>BG/NBD AUC</source>
        <translation>BG/NBD AUC</translation>
    </message>
    <message>
        <source>Holdout customers</source>
        <translation>留出期客户</translation>
    </message>
    <message>
        <source>Inputs that drive it</source>
        <translation>主要影响因素</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OptInDialog</name>
    <message>
        <source>Record Opt-In — %1</source>
        <translation>记录订阅同意 — %1</translation>
    </message>
    <message>
        <source>e.g. sign-up form at the shop counter</source>
        <translation>例如：门店柜台的登记表</translation>
    </message>
    <message>
        <source>The exact sentence the customer agreed to</source>
        <translation>客户所同意的原文语句</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>措辞(&amp;W):</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OrderEditorDialog</name>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>明细：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Edit Order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>请至少添加一行明细。</translation>
    </message>
    <message>
        <source>Line %1: enter a price such as 12.50.</source>
        <translation>第 %1 行：请输入价格，例如 12.50。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OrderLinesEditor</name>
    <message>
        <source>&amp;Add Line</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>删除明细(&amp;R)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>invalid price</source>
        <translation>价格无效</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OrdersPanel</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::OutboxCountsBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>status name, count</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OutboxDetailPane</name>
    <message>
        <source>Rapport stopped while this message was with the server; check your Sent folder or ask the customer, then choose Mark Delivered or Send Again.</source>
        <translation>此邮件交给服务器期间 Rapport 停止了运行；请检查您的“已发送”文件夹或询问客户，然后选择“标记为已送达”或“重新发送”。</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>尝试次数：</translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation>下次尝试：</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>服务器回复：</translation>
    </message>
    <message>
        <source>Plain text as sent:</source>
        <translation>发送的纯文本：</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OutboxPage</name>
    <message>
        <source>Send in the &amp;background</source>
        <translation>在后台发送(&amp;B)</translation>
    </message>
    <message>
        <source>While mail is due, try to send it every minute; offline it just waits for the connection.</source>
        <translation>有待发邮件时，每分钟尝试发送一次；离线时则等待网络连接恢复。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the message being sent now</source>
        <translation>发送完当前邮件后停止</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>服务器回复</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <source>Send the mail that is due now</source>
        <translation>发送当前到期的邮件</translation>
    </message>
    <message>
        <source>Mark &amp;Delivered</source>
        <translation>标记为已送达(&amp;D)</translation>
    </message>
    <message>
        <source>The uncertain message did arrive: record it as sent</source>
        <translation>该待确认邮件确已送达：将其记录为已发送</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>重新发送(&amp;A)</translation>
    </message>
    <message>
        <source>The uncertain message did not arrive: queue it again</source>
        <translation>该待确认邮件未送达：将其重新加入发件箱</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>取消发送(&amp;C)</translation>
    </message>
    <message>
        <source>Withdraw queued or failed messages</source>
        <translation>撤回待发送或失败的邮件</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Queue failed messages again</source>
        <translation>将失败的邮件重新加入发件箱</translation>
    </message>
    <message>
        <source>&amp;Opt Out Recipient</source>
        <translation>为收件人退订(&amp;O)</translation>
    </message>
    <message>
        <source>The recipient asked to unsubscribe, or the mail bounced: never mail this address again</source>
        <translation>收件人要求退订，或邮件被退信：不再向此地址发送邮件</translation>
    </message>
    <message>
        <source>Asked to &amp;Unsubscribe</source>
        <translation>要求退订(&amp;U)</translation>
    </message>
    <message>
        <source>Mail &amp;Bounced</source>
        <translation>邮件退信(&amp;B)</translation>
    </message>
    <message>
        <source>Suppression &amp;List…</source>
        <translation>禁发名单(&amp;L)…</translation>
    </message>
    <message>
        <source>E-mail &amp;Settings…</source>
        <translation>电子邮件设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Mail is being sent already; see the progress below.</source>
        <translation>邮件已在发送中；请查看下方的进度。</translation>
    </message>
    <message>
        <source>Sending in the background…</source>
        <translation>正在后台发送…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as delivered.</source>
        <translation>
            <numerusform>已将 %n 封邮件记录为已送达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued to be sent again.</source>
        <translation>
            <numerusform>已将 %n 封邮件重新加入发件箱，等待再次发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Sending</source>
        <translation>取消发送</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n message(s)? They will not be sent, and this cannot be undone.</source>
        <translation>
            <numerusform>要撤回 %n 封邮件吗？这些邮件将不会发送，且此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) withdrawn.</source>
        <translation>
            <numerusform>已撤回 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>已将 %n 封邮件重新加入发件箱。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is opted out and will never get marketing mail again.</source>
        <translation>%1 已退订，将不会再收到营销邮件。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) opted out; they will never get marketing mail again.</source>
        <translation>
            <numerusform>已为 %n 位收件人退订；他们将不会再收到营销邮件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::OutboxSendTask</name>
    <message>
        <source>No mail server is set up yet: open Tools › E-mail Settings…</source>
        <translation>尚未设置邮件服务器：请打开“工具 › 电子邮件设置…”</translation>
    </message>
    <message>
        <source>No password for the mail server: enter it in Tools › E-mail Settings…</source>
        <translation>没有邮件服务器的密码：请在“工具 › 电子邮件设置…”中输入</translation>
    </message>
    <message>
        <source>%1 Enter the mail server&apos;s password in Tools › E-mail Settings…; it is kept until Rapport closes.</source>
        <translation>%1 请在“工具 › 电子邮件设置…”中输入邮件服务器的密码；密码将保留到 Rapport 关闭为止。</translation>
    </message>
    <message>
        <source>The outbox is being sent already.</source>
        <translation>发件箱已在发送中。</translation>
    </message>
    <message>
        <source>Sending e-mail…</source>
        <translation>正在发送电子邮件…</translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped; %n message(s) wait in the outbox.</source>
        <translation>
            <numerusform>发送已停止；%n 封邮件仍在发件箱中等待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n</source>
        <translation>
            <numerusform>已发送 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n</source>
        <translation>
            <numerusform>失败 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for a retry</source>
        <translation>
            <numerusform>%n 封等待重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (opted out or suppressed)</source>
        <translation>
            <numerusform>已跳过 %n 封（已退订或在禁发名单中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: please check</source>
        <translation>
            <numerusform>%n 封待确认：请核查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) wait; Rapport tries again every minute.</source>
        <translation>
            <numerusform>离线 — %n 封邮件正在等待；Rapport 每分钟重试一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) wait; send again when you are online, or turn on sending in the background.</source>
        <translation>
            <numerusform>离线 — %n 封邮件正在等待；请在联网后重新发送，或开启后台发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server refused the settings (%1): check Tools › E-mail Settings…</source>
        <translation>邮件服务器拒绝了这些设置（%1）：请检查“工具 › 电子邮件设置…”</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due now; %n message(s) wait for a later retry.</source>
        <translation>
            <numerusform>当前没有到期的邮件；%n 封邮件等待稍后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>没有要发送的邮件。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OverdueDialog</name>
    <message>
        <source>&amp;Open Customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Snooze 1 Day</source>
        <translation>推迟 1 天(&amp;S)</translation>
    </message>
    <message>
        <source>Overdue Activities</source>
        <translation>逾期活动</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n activity(s) done</source>
        <translation>
            <numerusform>将 %n 条活动标记为已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n activity(s)</source>
        <translation>
            <numerusform>推迟 %n 条活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PanelViews</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Show only the rows that match conditions (Ctrl+Shift+F)</source>
        <translation>仅显示符合条件的行（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Update View “%1”</source>
        <translation>更新视图“%1”</translation>
    </message>
    <message>
        <source>Update View</source>
        <translation>更新视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PasswordDialog</name>
    <message>
        <source>Encrypt Backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>“%1” will be encrypted. Without this password nobody — not even Rapport — can restore it: keep the password somewhere safe.</source>
        <translation>“%1”将被加密。没有此密码，任何人（包括 Rapport）都无法恢复它：请妥善保管密码。</translation>
    </message>
    <message>
        <source>Encrypted Backup</source>
        <translation>加密的备份</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was made with.</source>
        <translation>“%1”已加密。请输入创建时使用的密码。</translation>
    </message>
    <message>
        <source>Rapport Is Locked</source>
        <translation>Rapport 已锁定</translation>
    </message>
    <message>
        <source>“%1” is protected by an application password.</source>
        <translation>“%1”受应用程序密码保护。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PipelineEditorDialog</name>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Edit Pipelines and Stages</source>
        <translation>编辑销售管道和阶段</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>An open deal with no change for longer than this is flagged</source>
        <translation>未结商机超过此时间无变化时，将标记为停滞</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Add pipeline</source>
        <translation>添加销售管道(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline</source>
        <translation>删除销售管道(&amp;D)</translation>
    </message>
    <message>
        <source>Pipelines:</source>
        <translation>销售管道：</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>添加阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>移除阶段(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Stale &amp;after:</source>
        <translation>停滞期限(&amp;A):</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>新销售管道</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline “%1” still holds %n deal(s). Move or delete them first.</source>
        <translation>
            <numerusform>销售管道“%1”中仍有 %n 个商机。请先移动或删除这些商机。</numerusform>
        </translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>销售管道至少需要一个阶段。</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>阶段“%1”中仍有 %n 个商机。请先将其移至其他阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pipeline needs a name.</source>
        <translation>每个销售管道都必须有名称。</translation>
    </message>
    <message>
        <source>The pipeline “%1” needs at least one stage.</source>
        <translation>销售管道“%1”至少需要一个阶段。</translation>
    </message>
    <message>
        <source>Every stage of “%1” needs a name.</source>
        <translation>“%1”的每个阶段都必须有名称。</translation>
    </message>
    <message>
        <source>Edit pipelines</source>
        <translation>编辑销售管道</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PipelinePanel</name>
    <message>
        <source>&amp;New deal</source>
        <translation>新建商机(&amp;N)</translation>
    </message>
    <message>
        <source>Edit &amp;stages…</source>
        <translation>编辑阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>There is no sales pipeline yet. A pipeline follows each deal from the first contact to won or lost, stage by stage.</source>
        <translation>尚无销售管道。销售管道按阶段跟踪每个商机，从首次接触直到赢单或丢单。</translation>
    </message>
    <message>
        <source>Create a sales pipeline</source>
        <translation>创建销售管道</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%n 个未结商机，加权金额 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 only)</source>
        <translation>（仅计 %1）</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deal(s)</source>
        <translation>
            <numerusform>移动 %n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PlanSummary</name>
    <message>
        <source>Out of date: the template or the segment changed since. Check again.</source>
        <translation>已过期：模板或分群在此后已更改。请重新检查。</translation>
    </message>
    <message>
        <source>Choose a segment and check who would get the message.</source>
        <translation>请选择分群并检查哪些人会收到此邮件。</translation>
    </message>
    <message>
        <source>Unknown field: %1</source>
        <translation>未知字段：%1</translation>
    </message>
    <message>
        <source>%1 — unknown: %2</source>
        <translation>%1 — 未知：%2</translation>
    </message>
    <message>
        <source>%1 — empty: %2</source>
        <translation>%1 — 为空：%2</translation>
    </message>
    <message>
        <source>Every recipient</source>
        <translation>所有收件人</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) would get this message</source>
        <translation>
            <numerusform>%n 位收件人会收到此邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of %n customer(s) in the segment).</source>
        <translation>
            <numerusform>（分群中共 %n 位客户）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nobody in the segment is left out.</source>
        <translation>分群中没有客户被排除。</translation>
    </message>
    <message>
        <source>Left out — %1</source>
        <translation>已排除 — %1</translation>
    </message>
    <message>
        <source>Every merge field has a value for every recipient.</source>
        <translation>每位收件人的所有合并字段均有值。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more recipient(s) with a problem</source>
        <translation>
            <numerusform>……另有 %n 位收件人存在问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PrivacyActions</name>
    <message>
        <source>Export Personal Data…</source>
        <translation>导出个人数据…</translation>
    </message>
    <message>
        <source>Erase Personal Data…</source>
        <translation>清除个人数据…</translation>
    </message>
    <message>
        <source>Save everything held about this customer as a readable file</source>
        <translation>将此客户的所有相关数据保存为可读文件</translation>
    </message>
    <message>
        <source>Remove this customer&apos;s personal data for good; orders keep their totals</source>
        <translation>永久移除此客户的个人数据；订单保留其合计金额</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>Export Personal Data of “%1”</source>
        <translation>导出“%1”的个人数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>The personal data of “%1” could not be exported.</source>
        <translation>无法导出“%1”的个人数据。</translation>
    </message>
    <message>
        <source>Exported the personal data of “%1” to “%2”.</source>
        <translation>已将“%1”的个人数据导出到“%2”。</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>清除个人数据</translation>
    </message>
    <message>
        <source>The personal data of “%1” could not be erased; nothing was changed.</source>
        <translation>无法清除“%1”的个人数据；未做任何更改。</translation>
    </message>
    <message>
        <source>Erased the personal data of “%1”.</source>
        <translation>已清除“%1”的个人数据。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProductDialog</name>
    <message>
        <source>New Product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>货号(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P):</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>A SKU is required.</source>
        <translation>必须填写货号。</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <source>Enter a price such as 12.50.</source>
        <translation>请输入价格，例如 12.50。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProductsPanel</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln 个产品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PurchaseRulesPage</name>
    <message>
        <source>Mine Purchase Rules…</source>
        <translation>挖掘购买规则…</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Each time rules are mined the run is kept, so runs can be compared over time</source>
        <translation>每次挖掘规则都会保留该次挖掘记录，便于比较不同时期的结果</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>挖掘记录：</translation>
    </message>
    <message>
        <source>No purchase rules yet.
Mine them from your orders to see which products customers buy together.</source>
        <translation>尚无购买规则。
从订单中挖掘规则，即可查看客户常一起购买哪些产品。</translation>
    </message>
    <message>
        <source>Support and Confidence</source>
        <translation>支持度与置信度</translation>
    </message>
    <message>
        <source>Top Rules by Lift</source>
        <translation>提升度最高的规则</translation>
    </message>
    <message>
        <source>Filter by item…</source>
        <translation>按项筛选…</translation>
    </message>
    <message>
        <source>Lift at least</source>
        <translation>提升度至少</translation>
    </message>
    <message>
        <source>Confidence at least</source>
        <translation>置信度至少</translation>
    </message>
    <message>
        <source>Purchase Rules</source>
        <translation>购买规则</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rule(s)</source>
        <translation>
            <numerusform>%1 / %Ln 条规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln rule(s) with the highest lift; warmer colours mean a stronger link</source>
        <translation>
            <numerusform>提升度最高的 %Ln 条规则；颜色越暖表示关联越强</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dot is a rule; warmer colours mean a stronger link (lift)</source>
        <translation>每个点代表一条规则；颜色越暖表示关联越强（提升度）</translation>
    </message>
    <message numerus="yes">
        <source>The %n rule(s) with the highest lift</source>
        <translation>
            <numerusform>提升度最高的 %n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>purchase-rules.png</source>
        <translation>购买规则.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::QueueCampaignDialog</name>
    <message>
        <source>Queue although some recipients have empty fields</source>
        <translation>即使部分收件人有空字段，仍加入发件箱</translation>
    </message>
    <message>
        <source>Queue Campaign</source>
        <translation>将营销活动加入发件箱</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>加入发件箱</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be put in the outbox</source>
        <translation>
            <numerusform>%n 封邮件将放入发件箱</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %1; %n customer(s) of the segment are left out.</source>
        <translation>
            <numerusform>（%1）；该分群中有 %n 位客户被排除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) would get a message with an empty or unknown field.</source>
        <translation>
            <numerusform>%n 位收件人收到的邮件中会有空字段或未知字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>营销活动名称(&amp;N):</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReminderNotifier</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RuleCharts</name>
    <message>
        <source>Support (share of baskets)</source>
        <translation>支持度（购物篮占比）</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RulesTableModel</name>
    <message>
        <source>Customers who bought</source>
        <translation>购买了</translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>还购买了</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Baskets</source>
        <translation>购物篮数</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>杠杆率</translation>
    </message>
    <message>
        <source>Conviction</source>
        <translation>确信度</translation>
    </message>
    <message>
        <source>Share of all baskets that hold both sides of the rule</source>
        <translation>同时包含规则两侧的购物篮占全部购物篮的比例</translation>
    </message>
    <message>
        <source>Share of the baskets with the left side that also hold the right side</source>
        <translation>包含左侧的购物篮中同时包含右侧的比例</translation>
    </message>
    <message>
        <source>How much more often the right side is bought with the left side than on its own (1 = no link)</source>
        <translation>右侧与左侧一起被购买的频率是单独购买时的多少倍（1 = 无关联）</translation>
    </message>
    <message>
        <source>Baskets that hold both sides</source>
        <translation>同时包含两侧的购物篮数</translation>
    </message>
    <message>
        <source>Support minus the support expected if the sides were independent</source>
        <translation>支持度减去两侧相互独立时的预期支持度</translation>
    </message>
    <message>
        <source>How much more often the rule would be wrong if the sides were independent (∞ = never wrong)</source>
        <translation>若两侧相互独立，规则出错的频率会是实际的多少倍（∞ = 从不出错）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SavedViewCommands</name>
    <message>
        <source>Save View “%1”</source>
        <translation>保存视图“%1”</translation>
    </message>
    <message>
        <source>Delete View “%1”</source>
        <translation>删除视图“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ScoringTask</name>
    <message>
        <source>Scoring customers…</source>
        <translation>正在为客户评分…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SecretStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>未存储 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SegmentChooser</name>
    <message>
        <source>Only customers who opted in</source>
        <translation>仅限已同意订阅的客户</translation>
    </message>
    <message>
        <source>Leave out customers without a recorded opt-in. Customers who opted out never get marketing mail, whatever this says.</source>
        <translation>排除没有订阅同意记录的客户。无论此项如何设置，已退订的客户都不会收到营销邮件。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>保存的视图</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Rule’s targets</source>
        <translation>规则目标客户</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No tags yet: tag customers in the Customers table first.</source>
        <translation>暂无标签：请先在客户表中为客户添加标签。</translation>
    </message>
    <message>
        <source>No saved customer views yet: filter the Customers table and save the view first.</source>
        <translation>暂无保存的客户视图：请先筛选客户表并保存视图。</translation>
    </message>
    <message>
        <source>No RFM segments yet: score the customers first (Insights › Customer Value).</source>
        <translation>暂无 RFM 分群：请先为客户评分（洞察 › 客户价值）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n customer(s))</source>
        <translation>
            <numerusform>%1（%n 位客户）</numerusform>
        </translation>
    </message>
    <message>
        <source>No product rules yet: mine purchase rules by product first (Insights › Purchase Rules).</source>
        <translation>暂无产品规则：请先按产品挖掘购买规则（洞察 › 购买规则）。</translation>
    </message>
    <message>
        <source>%1 (lift %2)</source>
        <translation>%1（提升度 %2）</translation>
    </message>
    <message>
        <source>The latest product mining run found no rules.</source>
        <translation>最近一次产品挖掘未发现任何规则。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::Sidebar</name>
    <message>
        <source>Saved view of %1</source>
        <translation>%1中保存的视图</translation>
    </message>
    <message>
        <source>Rename View “%1”</source>
        <translation>重命名视图“%1”</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Update with Current Table</source>
        <translation>用当前表格更新</translation>
    </message>
    <message>
        <source>Store the columns, sort, search and filter shown now in this view</source>
        <translation>将当前显示的列、排序、搜索和筛选保存到此视图</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>保存的视图</translation>
    </message>
</context>
<context>
    <name>rapport::ui::StageColumn</name>
    <message>
        <source>%1 — %2% probability</source>
        <translation>%1 — 概率 %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n in other currencies)</source>
        <translation>
            <numerusform>（另有 %n 个商机为其他币种）</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>加权金额 %1</translation>
    </message>
    <message>
        <source>Each deal&apos;s amount times its probability, added up</source>
        <translation>各商机金额乘以其概率后的总和</translation>
    </message>
</context>
<context>
    <name>rapport::ui::StageDealsModel</name>
    <message numerus="yes">
        <source>No change for %n day(s)</source>
        <translation>
            <numerusform>%n 天无变化</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::StarterTemplateDialog</name>
    <message>
        <source>Choose a Starting Point</source>
        <translation>选择起点</translation>
    </message>
    <message>
        <source>Rapport can set up fields, a sales pipeline and saved views that fit your kind of business. Everything it creates can be changed or deleted later (Tools › Custom Fields, the Pipeline panel).</source>
        <translation>Rapport 可以根据您的业务类型设置字段、销售管道和保存的视图。创建的所有内容以后都可以修改或删除（“工具 › 自定义字段”和“销售管道”面板）。</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>从零开始</translation>
    </message>
    <message>
        <source>No fields, pipeline or views; add your own whenever you need them.</source>
        <translation>不创建字段、销售管道或视图；需要时再自行添加。</translation>
    </message>
    <message>
        <source>Set Up</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SuppressionsDialog</name>
    <message>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Suppression List</source>
        <translation>禁发名单</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Rapport never sends marketing mail to these addresses, whatever a segment or an import says. Addresses are never removed: someone who asked not to be mailed must not be mailed again by mistake.</source>
        <translation>无论分群或导入如何设定，Rapport 都不会向这些地址发送营销邮件。地址永远不会被移除：已要求不再接收邮件的人不应因失误再次收到邮件。</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Note (optional), e.g. asked by phone</source>
        <translation>备注（可选），例如：电话中提出</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed address(es)</source>
        <translation>
            <numerusform>%n 个禁发地址</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TablePanel</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TagActions</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>New Tag “%1”</source>
        <translation>新建标签“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TagCommands</name>
    <message>
        <source>New Tag “%1”</source>
        <translation>新建标签“%1”</translation>
    </message>
    <message>
        <source>Rename Tag “%1”</source>
        <translation>重命名标签“%1”</translation>
    </message>
    <message>
        <source>Change Colour of Tag “%1”</source>
        <translation>更改标签“%1”的颜色</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Customer(s) “%1”</source>
        <translation>
            <numerusform>为 %n 位客户添加标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n Customer(s) “%1”</source>
        <translation>
            <numerusform>移除 %n 位客户的标签“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TagsDialog</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No customer has it.</source>
        <translation>要删除标签“%1”吗？没有客户使用该标签。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? %n customer(s) have it; they keep everything else. Edit › Undo brings the tag back on them.</source>
        <translation>
            <numerusform>要删除标签“%1”吗？有 %n 个客户使用该标签；这些客户的其他信息保持不变。使用“编辑 › 撤销”可为他们恢复该标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>标签颜色</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TargetListExport</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TargetListPane</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Tag These Customers…</source>
        <translation>为这些客户添加标签…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Save these customers&apos; names, e-mail addresses and phone numbers as a CSV file</source>
        <translation>将这些客户的名称、电子邮件地址和电话号码保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Choose a rule to see the customers it suggests.</source>
        <translation>选择一条规则，即可查看它推荐的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) bought %1 but not yet %2.</source>
        <translation>
            <numerusform>有 %n 位客户购买了 %1，但尚未购买 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>targets-%1.csv</source>
        <translation>目标客户名单-%1.csv</translation>
    </message>
    <message>
        <source>Export Target List</source>
        <translation>导出目标客户名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateCommands</name>
    <message>
        <source>New Template “%1”</source>
        <translation>新建模板“%1”</translation>
    </message>
    <message>
        <source>Edit Template “%1”</source>
        <translation>编辑模板“%1”</translation>
    </message>
    <message>
        <source>Delete Template “%1”</source>
        <translation>删除模板“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateEditor</name>
    <message>
        <source>Name of the template</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>e.g. {{name|Dear customer}}, our spring tea is here</source>
        <translation>例如：{{name|尊敬的客户}}，我们的春茶上市了</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation>插入字段</translation>
    </message>
    <message>
        <source>Insert a merge field such as {{name}} at the cursor</source>
        <translation>在光标处插入合并字段，如 {{name}}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S):</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TestSend</name>
    <message>
        <source>Send Test</source>
        <translation>测试发送</translation>
    </message>
    <message>
        <source>Set up the sender and the mail server first (Mail Settings).</source>
        <translation>请先设置发件人和邮件服务器（电子邮件设置）。</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>The server accepted the test message for %1.</source>
        <translation>服务器已接受发送给 %1 的测试邮件。</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>测试邮件未发送：%1</translation>
    </message>
    <message>
        <source>%1 is on the suppression list: Rapport sends it no marketing mail, tests included.</source>
        <translation>%1 在禁发名单中：Rapport 不会向其发送任何营销邮件，测试邮件也不例外。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineView</name>
    <message>
        <source>Add a %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Mark as &amp;not done</source>
        <translation>标记为未完成(&amp;N)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ValueCharts</name>
    <message numerus="yes">
        <source>%1: %Ln customer(s) (%2)</source>
        <translation>
            <numerusform>%1：%Ln 位客户（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all revenue)</source>
        <translation>%1：%2（占总收入 %3）</translation>
    </message>
    <message>
        <source>Revenue (million ¥)</source>
        <translation>收入（百万元）</translation>
    </message>
    <message>
        <source>Revenue (thousand ¥)</source>
        <translation>收入（千元）</translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 及以上</translation>
    </message>
    <message numerus="yes">
        <source>CLV %1: %Ln sampled customer(s)</source>
        <translation>
            <numerusform>CLV %1：%Ln 位抽样客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase day(s), P(alive) %1, CLV %2</source>
        <translation>
            <numerusform>购买 %Ln 天，活跃概率 %1，CLV %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>购买天数</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>活跃概率</translation>
    </message>
    <message>
        <source>Predicted (BG/NBD)</source>
        <translation>预测（BG/NBD）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Repeat purchases before (%1 = %1+)</source>
        <translation>此前重复购买次数（%1 = %1 次及以上）</translation>
    </message>
    <message>
        <source>Purchases per customer</source>
        <translation>人均购买次数</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ValueReportText</name>
    <message numerus="yes">
        <source>Scored as of %1: %Ln customer(s) · %2 · took %3 s</source>
        <translation>
            <numerusform>评分截至 %1：%Ln 位客户 · %2 · 用时 %3 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>BG/NBD (purchase frequency and drop-out)</source>
        <translation>BG/NBD（购买频率与流失）</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>Customers (repeat)</source>
        <translation>客户（重复购买）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend per purchase)</source>
        <translation>Gamma-Gamma（每次购买金额）</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>Frequency–spend correlation</source>
        <translation>频率与金额相关系数</translation>
    </message>
    <message>
        <source>Holdout %1 – %2</source>
        <translation>留出期 %1 – %2</translation>
    </message>
    <message>
        <source>Repeat purchases, actual</source>
        <translation>重复购买（实际）</translation>
    </message>
    <message>
        <source>Repeat purchases, predicted</source>
        <translation>重复购买（预测）</translation>
    </message>
    <message>
        <source>P(alive) AUC</source>
        <translation>活跃概率 AUC</translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s), discounted %1 per month</source>
        <translation>
            <numerusform>CLV 按 %n 个月计算，每月折现 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes and warnings</source>
        <translation>说明与警告</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WorkflowTools</name>
    <message>
        <source>Starter Template</source>
        <translation>起步模板</translation>
    </message>
</context>
</TS>
