<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ColumnTitles</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandFactory</name>
    <message>
        <source>New customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New company %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit company %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete company %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit product %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete product %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete order %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport could not open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport keeps your customers, companies, products and orders in one file on this computer.

Would you like to look around in a demo database with sample data first, or start with an empty database?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Demo Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport, a desktop CRM for small businesses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database to open (created if it does not exist).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a picture of the main window to &lt;png&gt; and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this language for this run (en, zh_CN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo database (created the first time).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This company was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This company does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no deleted company to restore.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::CustomerRepository</name>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid phone number (5 to 20 digits; spaces, dashes, brackets and a leading + are fine).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no deleted customer to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen company does not exist any more.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is damaged or is not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was saved by a newer version of Rapport (database version %2; this version knows up to %3). Update Rapport to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Rapport database; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs an upgrade first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is damaged (%2); it was not upgraded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is on a network file system. Rapport works there, but more slowly and only safely for one user at a time; keep the database on a local disk if you can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: the folder is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Rapport database (it is not an SQLite file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is read-only. Rapport needs to write to its database; copy it to a writable folder or change its permissions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::Generation</name>
    <message>
        <source>The number of customers must be between 0 and %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference date is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database already holds data; demo data needs a new, empty database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data generation was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::Migrator</name>
    <message>
        <source>Upgrading the database to version %1 failed; it was left unchanged. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::OrderRepository</name>
    <message>
        <source>An order needs a customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An order needs a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another order already has the number “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An order needs a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This order was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This order does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no deleted order to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The order's customer does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: the product does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::ProductRepository</name>
    <message>
        <source>A product needs a SKU (its code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another product already has the SKU “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This product was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This product does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no deleted product to restore.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag “%1” already exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::core::sql</name>
    <message>
        <source>The database is busy in another program. Close it there and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file cannot be written (read-only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing to the database failed (is the disk full?): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such row.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::CompaniesPanel</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation><numerusform>%Ln company</numerusform><numerusform>%Ln companies</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailPane</name>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not want marketing e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n order(s), total %1</source>
        <translation><numerusform>%n order, total %1</numerusform><numerusform>%n orders, total %1</numerusform></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDialog</name>
    <message>
        <source>Does not want marketing e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(No company)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+86 138 0013 8000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid e-mail address (e.g. name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::CustomerPicker</name>
    <message>
        <source>Type a name, e-mail or phone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPanel</name>
    <message>
        <source>Search names, e-mail, phone, company, notes (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation><numerusform>%Ln customer</numerusform><numerusform>%Ln customers</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FormValidation</name>
    <message>
        <source>Please correct: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::MainActions</name>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>No database is open.
Use File › Open Database… to open or create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport databases (*.db *.rapport);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language will be used the next time Rapport starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: customers, companies, products and orders in one local file.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::OrderEditorDialog</name>
    <message>
        <source>New Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: enter a price such as 12.50.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::OrderLinesEditor</name>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid price</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::OrdersPanel</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation><numerusform>%Ln order</numerusform><numerusform>%Ln orders</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProductDialog</name>
    <message>
        <source>New Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SKU is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a price such as 12.50.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ui::ProductsPanel</name>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation><numerusform>%Ln product</numerusform><numerusform>%Ln products</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TablePanel</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation><numerusform>Delete %n row</numerusform><numerusform>Delete %n rows</numerusform></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
