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
</context>
<context>
    <name>rapport::core::Generation</name>
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
    <name>rapport::core::Migrator</name>
    <message>
        <source>Upgrading the database to version %1 failed; it was left unchanged. %2</source>
        <translation>把数据库升级到版本 %1 失败；数据库保持原样。%2</translation>
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
        <source>The order's customer does not exist.</source>
        <translation>该订单的客户不存在。</translation>
    </message>
    <message>
        <source>Line %1: the product does not exist.</source>
        <translation>第 %1 行：产品不存在。</translation>
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
    <name>rapport::core::TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <source>The tag “%1” already exists.</source>
        <translation>标签“%1”已存在。</translation>
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
    <name>rapport::ui::CompaniesPanel</name>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation><numerusform>%Ln 家公司</numerusform></translation>
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
        <source>Does not want marketing e-mail</source>
        <translation>不接收营销邮件</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), total %1</source>
        <translation><numerusform>%n 个订单，合计 %1</numerusform></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
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
</context>
<context>
    <name>rapport::ui::CustomerPicker</name>
    <message>
        <source>Type a name, e-mail or phone</source>
        <translation>输入姓名、电子邮件或电话</translation>
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
        <translation><numerusform>%Ln 位客户</numerusform></translation>
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
        <translation><numerusform>%Ln 个订单</numerusform></translation>
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
        <translation><numerusform>%Ln 个产品</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TablePanel</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation><numerusform>删除 %n 行</numerusform></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
</TS>
