<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ColumnTitles</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(active)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandFactory</name>
    <message>
        <source>New customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldCommands</name>
    <message>
        <source>Add field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport keeps your customers, companies, products and orders in one file on this computer.

Would you like to look around in a demo database with sample data first, or start with an empty database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCommandFactory</name>
    <message>
        <source>New deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move deal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (one row per order line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year first (2024/12/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same order number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTasks</name>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message>
        <source>Import of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineCommand</name>
    <message>
        <source>New pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Reading baskets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferTasks</name>
    <message>
        <source>Exporting to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardActions</name>
    <message>
        <source>Import vCards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln card(s) read.</source>
        <translation>
            <numerusform>“%1”: %Ln card read.</numerusform>
            <numerusform>“%1”: %Ln cards read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1
Updated: %2
Skipped (already there): %3
Rejected: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected cards, with the reasons, are in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo takes the import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCards Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Customers as vCards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln customer to “%1”.</numerusform>
            <numerusform>Exported %Ln customers to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport, a desktop CRM for small businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open (created if it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;png&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language for this run (en, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database (created the first time).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::ActivityRepository</name>
    <message>
        <source>An activity needs a subject or a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity belongs to a customer or a deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder must not be after the due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted activity to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::AppPassword</name>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after between 0 (never) and 1,440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::AuditRepository</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::BasketLoader</name>
    <message>
        <source>Loading the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted company to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::ConsentRepository</name>
    <message>
        <source>An opt-in needs the date it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the opt-in came from (a form, the shop counter, a reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the exact words the customer agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer opted out (or their address %1 is on the suppression list); Rapport never mails them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a reason to suppress an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message in the outbox carries the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply or bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounce of a campaign message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to a campaign message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomField</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid field key: use 1 to 40 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a choice field needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a choice cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the choice “%2” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored value has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom fields are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomFieldRepository</name>
    <message>
        <source>This field does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is taken by another field (perhaps a deleted one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key, table and type of a field cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted field to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a deleted field can be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerDataExport</name>
    <message>
        <source>Rapport personal data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerErasure</name>
    <message>
        <source>Deal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerMerge</name>
    <message>
        <source>The merged customers were changed after the merge, so it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept customer does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerRepository</name>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (5 to 20 digits; spaces, dashes, brackets and a leading + are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted customer to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen company does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Rapport (database version %2; this version knows up to %3). Update Rapport to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Rapport database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (%2); it was not upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on a network file system. Rapport works there, but more slowly and only safely for one user at a time; keep the database on a local disk if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Rapport database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only. Rapport needs to write to its database; copy it to a writable folder or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::DealRepository</name>
    <message>
        <source>The custom fields are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pipeline stage the deal is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probability lies between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen stage does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen stage belongs to another pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted deal to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal’s stage was removed; restore the stage first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::DemoGenerator</name>
    <message>
        <source>The number of customers must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds data; demo data needs a new, empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data generation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::DuplicateFinder</name>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for shared e-mail addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for shared phone numbers and names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::EmailTemplateRepository</name>
    <message>
        <source>The e-mail template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no e-mail template named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::ExportQueries</name>
    <message>
        <source>This table cannot be filtered by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table cannot be sorted by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::FilterSql</name>
    <message>
        <source>The filter on “%1” needs a number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter on “%1” needs a date (YYYY-MM-DD), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter on “%1” cannot use “%2”: it does not apply to this kind of field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table has no field “%1” to filter on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::ImportStore</name>
    <message>
        <source>Row %1 of %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported by it were edited afterwards.</source>
        <translation>
            <numerusform>%n customer imported by it was edited afterwards.</numerusform>
            <numerusform>%n customers imported by it were edited afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were added afterwards to customers it imported.</source>
        <translation>
            <numerusform>%n order was added afterwards to customers it imported.</numerusform>
            <numerusform>%n orders were added afterwards to customers it imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s) were added afterwards to customers it imported.</source>
        <translation>
            <numerusform>%n activity was added afterwards to customers it imported.</numerusform>
            <numerusform>%n activities were added afterwards to customers it imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) were put afterwards on customers it imported.</source>
        <translation>
            <numerusform>%n tag was put afterwards on customers it imported.</numerusform>
            <numerusform>%n tags were put afterwards on customers it imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were linked afterwards to companies it imported.</source>
        <translation>
            <numerusform>%n customer was linked afterwards to companies it imported.</numerusform>
            <numerusform>%n customers were linked afterwards to companies it imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) imported by it were edited afterwards.</source>
        <translation>
            <numerusform>%n company imported by it was edited afterwards.</numerusform>
            <numerusform>%n companies imported by it were edited afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) were added afterwards for products it imported.</source>
        <translation>
            <numerusform>%n order line was added afterwards for products it imported.</numerusform>
            <numerusform>%n order lines were added afterwards for products it imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) imported by it were edited afterwards.</source>
        <translation>
            <numerusform>%n product imported by it was edited afterwards.</numerusform>
            <numerusform>%n products imported by it were edited afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported by it were edited afterwards.</source>
        <translation>
            <numerusform>%n order imported by it was edited afterwards.</numerusform>
            <numerusform>%n orders imported by it were edited afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the most recent import can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row it updated was changed again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of “%1” cannot be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::MailSettingsRepository</name>
    <message>
        <source>“%1” is not an e-mail address the mail can come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send between 1 and 6,000 messages a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try each message between 1 and 20 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at least a minute before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::Migrator</name>
    <message>
        <source>Upgrading the database to version %1 failed; it was left unchanged. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::MiningRepository</name>
    <message>
        <source>Mining was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mining run does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::OnlineBackup</name>
    <message>
        <source>Cannot open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Rapport backup (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Rapport backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Rapport (database version %2; this version knows up to %3). Update Rapport to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (%2); it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a complete Rapport database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::OrderRepository</name>
    <message>
        <source>An order needs a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another order already has the number “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted order to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::OutboxRepository</name>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport stopped while this message was with the mail server: it may have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is on the suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not being sent; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a message whose delivery is uncertain can be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as delivered by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address changed after the campaign was queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::PipelineRepository</name>
    <message>
        <source>A pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal can only go stale after one day or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probability lies between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted pipeline to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>The stage “%1” still holds %n deal. Move it to another stage first.</numerusform>
            <numerusform>The stage “%1” still holds %n deals. Move them to another stage first.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no deleted stage to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new stage order must name every stage once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::PrivacyRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::ProductRepository</name>
    <message>
        <source>A product needs a SKU (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product already has the SKU “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted product to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::RecipientRepository</name>
    <message>
        <source>There is no tag named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an RFM segment (try champions, loyal, at_risk, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is in the segment “%1”: score the customers first (Tools › Score Customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule is named by its number, as the rules table shows it, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a saved view named “%1” for this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saved view does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted saved view to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::ScoreRepository</name>
    <message>
        <source>Scoring was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::StarterTemplates</name>
    <message>
        <source>retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop or retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with levels, birthdays and loyalty points; wholesale inquiries as a pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order more when stock falls to this many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b2b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2B services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts with roles at companies with an industry and size; a classic sales pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic or health practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients with date of birth, allergies, insurance and last visit; treatment plans as a pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known allergies and intolerances, as the patient stated them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall: longest since visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with level, courses of interest and a guardian; enrolment from inquiry to trial lesson as a pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in programming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no starter template “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::TagRepository</name>
    <message>
        <source>A colour looks like #33aa66.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::Timeline</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal “%1” moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marketing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::VCard</name>
    <message>
        <source>Line %1: the card that begins there has no END:VCARD before the next BEGIN:VCARD (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: BEGIN:VCARD without END:VCARD (the file ends first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::ValueParsers</name>
    <message>
        <source>two currencies, %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign after the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both parentheses and a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one decimal separator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits after the decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thousands separator after the decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed thousands separators “%1” and “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands separators must separate groups of three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number: “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number “%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency cannot have %1 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more decimal places than the currency allows (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yes or no: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time must be written like 08:26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seconds need two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone offset must be written like +08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no hour %1 in a 12-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no time %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many digits for an Excel day number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many digits in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month or day has more than two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the separators differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year needs four or two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel day numbers run from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel&apos;s day 60 is 29 February 1900, a day that did not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day has more than two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year needs four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as year/month/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no year 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 has %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date order “%1” (use auto, ymd, dmy or mdy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country code; write it as +country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of digits for the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local number without its area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::Sodium</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::backup::BackupArchive</name>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete; it cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an encrypted Rapport backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open “%1” (or the file was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::backup::BackupService</name>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder beside “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 365 daily backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 520 weekly backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is encrypted: enter its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open database, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer with this identity is in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::contacts::VCardTransfer</name>
    <message>
        <source>Other e-mails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::csv::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot read %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a closing &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text. Choose the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 million characters; a closing quote is probably missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::csv::CsvWriter</name>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot write %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of record %2 holds %3, half of a surrogate pair, which cannot be written as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::csv::TextEncoding</name>
    <message>
        <source>“%1” is not a known text encoding. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::exporting::ExportOptions</name>
    <message>
        <source>Unknown kind of data “%1”: use customers, companies, products, orders or order-lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an encoding an export can write. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::exporting::Exporter</name>
    <message>
        <source>An export of %1 has no column “%2” (columns: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export read %1 rows where the table holds %2; the file was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::import::CatalogRows</name>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product needs a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product with SKU “%1” was deleted; restore it before importing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product with SKU “%1” exists already, and SKUs are unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::import::ColumnMapping</name>
    <message>
        <source>The mapping names a column “%1” that the file does not have (its columns: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping for column “%1” must be a field key (a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “%1” for column “%2” (fields: %3, or custom.KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is mapped from two columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::import::CustomerRows</name>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::import::ImportOptions</name>
    <message>
        <source>Unknown duplicate handling “%1”: use skip, update or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown update mode “%1”: use fill or overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::import::ImportSchema</name>
    <message>
        <source>Unknown kind of data “%1”: use customers, companies, products or orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out of e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::import::Importer</name>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: the first line should name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of “%1” is mapped to %2, which every row needs (columns found: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of “%1” names the customer: map a customer, customer number or customer e-mail column, or choose a walk-in customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what is in the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a custom field: none is defined for this kind of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a custom field (defined: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::import::OrderRows</name>
    <message>
        <source>Every order line needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order names no customer (map a customer, customer number or e-mail column, or choose a walk-in customer for such orders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one customer is named “%1”; give a customer number or e-mail to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product with SKU “%1” was deleted; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was deleted; restore it before importing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 exists already, and order numbers are unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity of 0 sells nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative unit price is an accounting adjustment, not a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative quantity in order %1, which also sells: a return belongs in its own cancelled order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is in %2; this line is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::import::RowCleaner</name>
    <message>
        <source>“%1” is not a currency code such as CNY, USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an order status (open, paid, shipped or cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is in %1 but the row is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::CampaignQueue</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address shared with another recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no opt-in recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You receive this e-mail as a customer of %1. To receive no more, reply with the subject “unsubscribe %2” or write to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You receive this e-mail as a customer of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the customers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the address the mail comes from first (E-mail Settings, or rapport-cli mail identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses fields that do not exist: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) would get an empty {{%1}}: %2. Give the field a default ({{%1|…}}), fill it in, or queue anyway.</source>
        <translation>
            <numerusform>%n recipient would get an empty {{%1}}: %2. Give the field a default ({{%1|…}}), fill it in, or queue anyway.</numerusform>
            <numerusform>%n recipients would get an empty {{%1}}: %2. Give the field a default ({{%1|…}}), fill it in, or queue anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody in %1 can be written to (%n customer(s) in it).</source>
        <translation>
            <numerusform>Nobody in %1 can be written to (%n customer in it).</numerusform>
            <numerusform>Nobody in %1 can be written to (%n customers in it).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::MailMessage</name>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id must look like &lt;random@domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The List-Unsubscribe value is missing or not a list of &lt;URI&gt;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a header name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::MailTemplate</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a tag opened with {{ is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the section {{%3%4}} is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: partials such as {{&gt; %3}} cannot be used in an e-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: changing the delimiters with {{=…=}} is not supported in an e-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: {{/%3}} closes a section that was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: {{/%3}} does not match {{%4%5}} opened on line %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a field name: use lower-case letters, digits and _, or custom. and a custom field key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the default of {{%3}} cannot contain {{ or }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::MailTypes</name>
    <message>
        <source>“%1” is not a segment: use tag:NAME, view:NAME, rfm:SEGMENT or rule:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::OutboxSender</name>
    <message>
        <source>Another Rapport is sending this outbox; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server cannot be reached (%1); the messages wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mail::SmtpTransport</name>
    <message>
        <source>No SMTP server is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted SMTP is only allowed to this computer; choose STARTTLS or TLS for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start libcurl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer authentication, so the user name and password were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS: choose TLS (usually port 465) or ask the mail provider which port uses STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::Apriori</name>
    <message>
        <source>Mining itemsets of size %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::BasketFiles</name>
    <message>
        <source>Reading the baskets was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no transactions: the file is empty or has only blank lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: item &quot;%3&quot; is too large (at most %4 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: item &quot;%3&quot; is not a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::Eclat</name>
    <message>
        <source>Mining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::FpGrowth</name>
    <message>
        <source>Mining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::ItemsetMiner</name>
    <message>
        <source>More than %L1 transactions: split the data and mine the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to mine at this support. Raise the minimum support or set a maximum itemset size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::ItemsetStore</name>
    <message>
        <source>More than %L1 frequent itemsets: too many to keep in memory. Raise the minimum support or set a maximum itemset size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::MiningOptions</name>
    <message>
        <source>Unknown algorithm &quot;%1&quot;: use apriori, eclat or fpgrowth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum support must be a fraction above 0 and at most 1 (0.01 is 1%); %1 is outside that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest itemset size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::MiningService</name>
    <message>
        <source>Mining was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no orders to mine in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no orders to mine yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding frequent itemsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::mining::Rules</name>
    <message>
        <source>The minimum confidence must be between 0 and 1 (0.5 is 50%); %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum lift cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs at least one item in its consequent, and the antecedent limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An itemset of %1 items has too many ways to split into rules with larger consequents; use one-item consequents or a maximum itemset size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 rules: too many to keep. Raise the minimum confidence, lift or support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::sql</name>
    <message>
        <source>The database is busy in another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the database failed (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::value::BoostedTrees</name>
    <message>
        <source>The prediction library (XGBoost) failed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::value::Features</name>
    <message>
        <source>days since last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend per purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual days between purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days between the last two purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since last purchase vs usual gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases 90–180 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase trend (last 90 days vs the 90 before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of purchases in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %n day(s)</source>
        <translation>
            <numerusform>no purchase for %n day</numerusform>
            <numerusform>no purchase for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bought on %n day(s)</source>
        <translation>
            <numerusform>bought on %n day</numerusform>
            <numerusform>bought on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>customer for %n day(s)</source>
        <translation>
            <numerusform>customer for %n day</numerusform>
            <numerusform>customer for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually buys every %n day(s)</source>
        <translation>
            <numerusform>usually buys every %n day</numerusform>
            <numerusform>usually buys every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) between the last two purchases</source>
        <translation>
            <numerusform>%n day between the last two purchases</numerusform>
            <numerusform>%n days between the last two purchases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1× the usual gap since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) in the last 90 days</source>
        <translation>
            <numerusform>%n purchase in the last 90 days</numerusform>
            <numerusform>%n purchases in the last 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) 90–180 days ago</source>
        <translation>
            <numerusform>%n purchase 90–180 days ago</numerusform>
            <numerusform>%n purchases 90–180 days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>buying less often than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buying as often as before or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>bought from %n categor(y/ies)</source>
        <translation>
            <numerusform>bought from %n category</numerusform>
            <numerusform>bought from %n categories</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of purchases in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one purchase so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::value::LifetimeModels</name>
    <message>
        <source>The %1 model did not converge after %2 iterations (last parameters %3): the data give it no clear optimum (too little history, or purchases spread too evenly). Try a longer calibration period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3 is at the edge of the model, where the likelihood is flat; treat it as “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD: the data show almost no drop-out after a purchase, so P(alive) is close to 1 for every customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every repeat purchase has a spend of zero: the spend model needs amounts. Check the amount column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma: frequency and spend per purchase are correlated (%1), against the model&apos;s assumption; its spend predictions are less reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 customers bought again after their first purchase in the period the models learn from; they need at least %2. Add more order history (for a transaction file: choose a later calibration end).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::value::Rfm</name>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::value::TransactionFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column “%2”; its columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2024-03-05, optionally with a time, or 20240305)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no transactions with a customer, a date and an amount of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::value::ValueModel</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no purchases to fit the models on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifetime model&apos;s expected purchases cannot be computed for these parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few customers bought again to learn which category they buy next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no orders to score customers on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring recency, frequency and monetary value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the lifetime and spend models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing lifetime values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The propensity models were switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The churn and next-category models need more than two periods of history (%n day(s) each); they were not trained.</source>
        <translation>
            <numerusform>The churn and next-category models need more than two periods of history (%n day each); they were not trained.</numerusform>
            <numerusform>The churn and next-category models need more than two periods of history (%n days each); they were not trained.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training the churn model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the next-category model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next-category model needs products in at least two categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady buying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk %1 %, mostly from: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration end %1 is before the first purchase (%2). Choose a calibration end between %2 and %3, or, when scoring, a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to check the models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The models could not be checked on the last %n day(s): %1</source>
        <translation>
            <numerusform>The models could not be checked on the last day: %1</numerusform>
            <numerusform>The models could not be checked on the last %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The expected purchases of %n customer(s) cannot be computed with the fitted BG/NBD parameters (the hypergeometric function does not converge for them); nothing was stored.</source>
        <translation>
            <numerusform>The expected purchases of %n customer cannot be computed with the fitted BG/NBD parameters (the hypergeometric function does not converge for them); nothing was stored.</numerusform>
            <numerusform>The expected purchases of %n customers cannot be computed with the fitted BG/NBD parameters (the hypergeometric function does not converge for them); nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gamma-Gamma: q = %1 is at most 1, so the model&apos;s mean spend is infinite; %n customer(s) were valued at their own or the average repeat spend instead.</source>
        <translation>
            <numerusform>Gamma-Gamma: q = %1 is at most 1, so the model&apos;s mean spend is infinite; %n customer was valued at their own or the average repeat spend instead.</numerusform>
            <numerusform>Gamma-Gamma: q = %1 is at most 1, so the model&apos;s mean spend is infinite; %n customers were valued at their own or the average repeat spend instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ActivityCommands</name>
    <message>
        <source>New %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ActivityDialog</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a chosen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a subject or a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reminder needs a due time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ActivityFormat</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AlsoBuysBox</name>
    <message>
        <source>Also buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products this customer has not bought yet that customers with similar purchases often buy (from the latest purchase rules)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AppLock</name>
    <message>
        <source>That is not the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AppPasswordDialog</name>
    <message>
        <source>&amp;Remove the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is asked when this database opens and after the idle time below. It guards Rapport&apos;s window, not the file: anyone who can copy the database file can read it with other tools. To protect the file itself, use your computer&apos;s disk encryption, and encrypted backups for copies that leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ApplyTemplateCommand</name>
    <message>
        <source>Starter template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditFilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search fields and values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditLogPage</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its values in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditLogWindow</name>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::BackupSettingsDialog</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;automatically (while Rapport is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup on the same disk guards against mistakes and damaged files, not against losing the disk: choose a folder on another drive, or copy an encrypted backup (File › Back Up Now…) elsewhere from time to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder (a full path) for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::BackupTools</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport backup (*.sqlite);;Encrypted Rapport backup (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite *%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2) is a whole Rapport backup with %n customer(s)</source>
        <translation>
            <numerusform>“%1” (%2) is a whole Rapport backup with %n customer</numerusform>
            <numerusform>“%1” (%2) is a whole Rapport backup with %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n order(s).</source>
        <translation>
            <numerusform>and %n order.</numerusform>
            <numerusform>and %n orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace everything in “%1” with it? The database as it is now is kept as a backup first, so this can be reversed by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; the previous database is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (encrypted: may hold them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold this customer&apos;s personal data:</source>
        <translation>
            <numerusform>%n backup still holds this customer&apos;s personal data:</numerusform>
            <numerusform>%n backups still hold this customer&apos;s personal data:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them? Copies elsewhere (other disks, sent files) must be deleted by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>%n backup deleted.</numerusform>
            <numerusform>%n backups deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” deleted (Edit › Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody would get this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a segment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message as %1 would get it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a segment with customers first: the test message is the one the recipient chosen in the preview would get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the segment can get this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued as “%1”.</source>
        <translation>
            <numerusform>%n message queued as “%1”.</numerusform>
            <numerusform>%n messages queued as “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the recipients to preview their messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignTasks</name>
    <message>
        <source>Checking recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChartView</name>
    <message>
        <source>Could not write the chart to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CompaniesPanel</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConsentBox</name>
    <message>
        <source>Record Opt-In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked for no more marketing e-mail (a reply, a call, a bounce). This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out on %1 (%2). Rapport never sends them marketing e-mail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out: Rapport never sends them marketing e-mail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in on %1 (%2): “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opt-in recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt %1 out of marketing e-mail? This cannot be undone: their address stays on the suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked on the customer card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomFieldEditor</name>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomFieldsDialog</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;deleted fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the field “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are kept and the deletion can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the field “%1” permanently? %2 This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The values of %Ln row(s) will be lost.</source>
        <translation>
            <numerusform>The value of %Ln row will be lost.</numerusform>
            <numerusform>The values of %Ln rows will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row holds a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Field Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have a value.</source>
        <translation>
            <numerusform>%Ln customer has a value.</numerusform>
            <numerusform>%Ln customers have a value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies) have a value.</source>
        <translation>
            <numerusform>%Ln company has a value.</numerusform>
            <numerusform>%Ln companies have a value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) have a value.</source>
        <translation>
            <numerusform>%Ln product has a value.</numerusform>
            <numerusform>%Ln products have a value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) have a value.</source>
        <translation>
            <numerusform>%Ln order has a value.</numerusform>
            <numerusform>%Ln orders have a value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) have a value.</source>
        <translation>
            <numerusform>%Ln deal has a value.</numerusform>
            <numerusform>%Ln deals have a value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomFieldsForm</name>
    <message>
        <source>%1 *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomFieldsSection</name>
    <message>
        <source>More fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailPane</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), total %1</source>
        <translation>
            <numerusform>%n order, total %1</numerusform>
            <numerusform>%n orders, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a custom field&apos;s label and value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this customer, and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDialog</name>
    <message>
        <source>Does not want marketing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+86 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (e.g. name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerPicker</name>
    <message>
        <source>Type a name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerValueBox</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · lifetime value %2 over %n month(s)</source>
        <translation>
            <numerusform>%1 · lifetime value %2 over %n month</numerusform>
            <numerusform>%1 · lifetime value %2 over %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still active: %1 · expected purchases in the next %n day(s): %2</source>
        <translation>
            <numerusform>Still active: %1 · expected purchases in the next %n day: %2</numerusform>
            <numerusform>Still active: %1 · expected purchases in the next %n days: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely to buy next: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 · recency %2, frequency %3, monetary %4 (of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the latest scoring run (%1). Insights › Customer value explains the models and how well they predicted the last period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerValuePage</name>
    <message>
        <source>Score Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every customer again from the current orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer scores yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring reads every customer&apos;s orders and works out their RFM segment, the chance they are still active, their expected value over the next year (CLV) and their risk of churning, and checks each model on the most recent months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-segments.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment-revenue.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clv-distribution.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-alive-vs-frequency.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdout-calibration.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction models, checked on the holdout&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored on %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value, next %n month(s)</source>
        <translation>
            <numerusform>Lifetime value, next %n month</numerusform>
            <numerusform>Lifetime value, next %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV) of %1 sampled customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) against purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout: predicted and actual purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers grouped by their repeat purchases before the holdout: the purchases the BG/NBD model predicted for the holdout against those they made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) added since: score again to include them.</source>
        <translation>
            <numerusform>%Ln order added since: score again to include it.</numerusform>
            <numerusform>%Ln orders added since: score again to include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPanel</name>
    <message>
        <source>Search names, e-mail, phone, company, notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateOrderChooser</name>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice; the file suggests %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>— decided from %n row(s)</source>
        <translation>
            <numerusform>— decided from %n row</numerusform>
            <numerusform>— decided from %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dates disagree: most of the %n row(s) that show their order are %1. Please check the file and choose.</source>
        <translation>
            <numerusform>The dates disagree: the %n row that shows its order is %1. Please check the file and choose.</numerusform>
            <numerusform>The dates disagree: most of the %n rows that show their order are %1. Please check the file and choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file tells whether 5/3/2024 is 5 March or 3 May. Please choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DealCardDelegate</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days without a change, on a card</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DealDialog</name>
    <message>
        <source>More fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200 boxes of tea for the spring fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage&apos;s (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount such as 1200 or 1200.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DealsListPanel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicateGroupModel</name>
    <message>
        <source>Same e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n customer(s)</source>
        <translation>
            <numerusform>%1 — %n customer</numerusform>
            <numerusform>%1 — %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message>
        <source>&amp;Search Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Duplicate Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with the same e-mail address, the same phone number, or the same name at the same company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicate customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n group of likely duplicates.</numerusform>
            <numerusform>%n groups of likely duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1: merge them, then search again for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group and choose Merge… to combine it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n value(s) shared by more than %1 customers each (a shared mailbox or switchboard, not one person).</source>
        <translation>
            <numerusform>Left out %n value shared by more than %1 customers (a shared mailbox or switchboard, not one person).</numerusform>
            <numerusform>Left out %n values shared by more than %1 customers each (a shared mailbox or switchboard, not one person).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer of this group was deleted or merged since the search. Search again to bring the list up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ErasureConfirmDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase all personal data of “%1”?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, contact details, notes, custom fields, tags, activities, e-mails, consent wording and scores are removed from this database, including the change history.

Orders and their totals are kept for the books, under an anonymous placeholder. If the address is on the suppression list, it stays there so no marketing mail reaches it again.

This cannot be undone, and the Undo history is cleared. Backups made before now still hold the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Permanently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ExportDialog</name>
    <message>
        <source>&amp;Whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: one row per order, with its total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines: one row per line (can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel and WPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (for older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field names (can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column titles (for reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Lines of the orders in the current view (%Ln order(s))</source>
        <translation>
            <numerusform>&amp;Lines of the orders in the current view (%Ln order)</numerusform>
            <numerusform>&amp;Lines of the orders in the current view (%Ln orders)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its filter, search and sort; every column of the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Current view (%Ln row(s))</source>
        <translation>
            <numerusform>&amp;Current view (%Ln row)</numerusform>
            <numerusform>&amp;Current view (%Ln rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its filter, search, sort and visible columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row and every column, custom fields included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row and every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln customer to “%1”.</numerusform>
            <numerusform>Exported %Ln customers to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln company(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln company to “%1”.</numerusform>
            <numerusform>Exported %Ln companies to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln product(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln product to “%1”.</numerusform>
            <numerusform>Exported %Ln products to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln order to “%1”.</numerusform>
            <numerusform>Exported %Ln orders to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order line(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln order line to “%1”.</numerusform>
            <numerusform>Exported %Ln order lines to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::FieldEditorDialog</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast sorting and filtering (index; uses disk space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as a hint beside the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name imports, exports and the command line use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot change: stored values, imports and exports use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type cannot change once values are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another field (perhaps a deleted one) has this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that hold “%1” keep it, but it will no longer be offered, and saving such a row asks for another choice. Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterBar</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filtered: %1 — %Ln row(s)</source>
        <translation>
            <numerusform>Filtered: %1 — %Ln row</numerusform>
            <numerusform>Filtered: %1 — %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterConditionRow</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterDialog</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterGroupBox</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of conditions matched together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterText</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lacks tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FormValidation</name>
    <message>
        <source>Please correct: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or tab-separated file as spreadsheets save it. Its first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (GBK, Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading as: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n column: %1</numerusform>
            <numerusform>%n columns: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes into. Columns left at “(do not import)” are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to reject rows without a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order rows that name no customer go to a customer of this name (created if there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them and keep what is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them: fill in empty fields only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them: overwrite with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them anyway, as new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject them (listed in the rejected-rows file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is a duplicate when an existing customer (or an earlier row) has the same customer number, e-mail or phone, or the same name at the same company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is a duplicate when a company of the same name exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is a duplicate when a product with the same SKU exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order is a duplicate when an order with the same number exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every row needs %1, but no column is mapped to it.</source>
        <translation>
            <numerusform>Every row needs %1, but no column is mapped to it.</numerusform>
            <numerusform>Every row needs %1, but no columns are mapped to them.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column names the customer: map a customer, customer number or customer e-mail column, or enter a walk-in customer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of this mapping are not in the file.</source>
        <translation>
            <numerusform>%n column of this mapping is not in the file.</numerusform>
            <numerusform>%n columns of this mapping are not in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPreviewPage</name>
    <message>
        <source>Check the Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored, by line of the file. Point at a red cell to see why it cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was cancelled. Go back and forth to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>No problems in the first %n row.</numerusform>
            <numerusform>No problems in the first %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n row(s) have problems; they will be listed in the rejected-rows file and not imported.</source>
        <translation>
            <numerusform>%1 of the first %n row has problems; it will be listed in the rejected-rows file and not imported.</numerusform>
            <numerusform>%1 of the first %n rows have problems; they will be listed in the rejected-rows file and not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportResultPage</name>
    <message>
        <source>&amp;Open Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did. The rows were written in one go: all of them or, had anything gone wrong, none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (duplicates):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n row(s) read.</source>
        <translation>
            <numerusform>“%1”: %n row read.</numerusform>
            <numerusform>“%1”: %n rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates found — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) with %1 line(s)</source>
        <translation>
            <numerusform>%n order with %1 line(s)</numerusform>
            <numerusform>%n orders with %1 lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Also created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are cancellations.</source>
        <translation>
            <numerusform>%n order is a cancellation.</numerusform>
            <numerusform>%n orders are cancellations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows, each with the reason, are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To take this import back, choose Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the database was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::InsightsPanel</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailPanel</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailPreview</name>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailSettingsDialog</name>
    <message>
        <source>Connected to %1: the server accepts these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: the server accepts these settings (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the host name and the port, and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the settings: %1. Check the user name, the password and the security choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy for now (“%1”); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s postal address, shown with the unsubscribe line of every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption the password and the mail cross the network in the clear, so it is only allowed for a server on this computer (localhost or 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many providers limit how fast one account may send; stay below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a message is tried when the server says &quot;later&quot; before it counts as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: the password is kept until Rapport closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the mail comes from, e.g. shop@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, e.g. smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name has no spaces or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption only a server on this computer (localhost or 127.0.0.1) is allowed; choose STARTTLS or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainActions</name>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Customers as v&amp;Cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g Selected Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starter Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue Activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine Purchase Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;E-mail Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Rapport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>No database is open.
Use File › Open Database… to open or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport databases (*.db *.rapport);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used the next time Rapport starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: customers, companies, products and orders in one local file.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MergeCommand</name>
    <message numerus="yes">
        <source>Merge %n customer(s) into %1</source>
        <translation>
            <numerusform>Merge %n customer into %1</numerusform>
            <numerusform>Merge %n customers into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the record to keep and, field by field, the value it keeps. The other records&apos; orders, activities and tags move to it; the other records are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine all notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders, activities, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in this merge opted out of marketing e-mail, so the merged customer stays opted out. A merge never loses an opt-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one record to merge into the kept one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging moves %1 and %2 to the kept record and deletes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo splits them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MineRulesDialog</name>
    <message>
        <source>Only orders from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine Purchase Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer&apos;s orders together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP-Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eclat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apriori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of items counts when at least this share of all baskets holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a rule when at least this share of the baskets with its left side also hold its right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a rule when its right side is bought at least this many times more often with its left side than on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most items a rule may name, both sides together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One basket for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum lift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest item group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MiningTask</name>
    <message>
        <source>Mining purchase rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MiningText</name>
    <message>
        <source>Apriori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eclat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP-Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln basket(s)</source>
        <translation>
            <numerusform>at least %Ln basket</numerusform>
            <numerusform>at least %Ln baskets</numerusform>
        </translation>
    </message>
    <message>
        <source>support %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln basket(s)</source>
        <translation>
            <numerusform>%Ln basket</numerusform>
            <numerusform>%Ln baskets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4 · %5 · confidence %6 — %7</source>
        <comment>a mining run in the run list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Support %2 (%3 baskets) · confidence %4 · lift %5 · conviction %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought %1 — %2 of such customers also bought %3 (lift %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ModelReportModel</name>
    <message>
        <source>Churn
(no purchase next period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past category share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the model&apos;s gain per input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area under the ROC curve on the holdout: 0.5 is a coin toss, 1 is perfect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times more often the top 10 % by score are positive than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AUC of ranking by days since the last purchase alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AUC of ranking by the category&apos;s past share of purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AUC of ranking by 1 − P(alive) from the BG/NBD model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AUC of BG/NBD&apos;s own probability of no purchase in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers the model was checked on, after the calibration window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift, top 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs that drive it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::OptInDialog</name>
    <message>
        <source>Record Opt-In — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sign-up form at the shop counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact sentence the customer agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::OrderEditorDialog</name>
    <message>
        <source>New Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: enter a price such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::OrderLinesEditor</name>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::OrdersPanel</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::OutboxCountsBar</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>status name, count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::OutboxDetailPane</name>
    <message>
        <source>Rapport stopped while this message was with the server; check your Sent folder or ask the customer, then choose Mark Delivered or Send Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text as sent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::OutboxPage</name>
    <message>
        <source>Send in the &amp;background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While mail is due, try to send it every minute; offline it just waits for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the message being sent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the mail that is due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uncertain message did arrive: record it as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uncertain message did not arrive: queue it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw queued or failed messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue failed messages again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opt Out Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient asked to unsubscribe, or the mail bounced: never mail this address again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to &amp;Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is being sent already; see the progress below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as delivered.</source>
        <translation>
            <numerusform>%n message recorded as delivered.</numerusform>
            <numerusform>%n messages recorded as delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n message queued to be sent again.</numerusform>
            <numerusform>%n messages queued to be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n message(s)? They will not be sent, and this cannot be undone.</source>
        <translation>
            <numerusform>Withdraw %n message? It will not be sent, and this cannot be undone.</numerusform>
            <numerusform>Withdraw %n messages? They will not be sent, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) withdrawn.</source>
        <translation>
            <numerusform>%n message withdrawn.</numerusform>
            <numerusform>%n messages withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>%n message queued again.</numerusform>
            <numerusform>%n messages queued again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is opted out and will never get marketing mail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) opted out; they will never get marketing mail again.</source>
        <translation>
            <numerusform>%n recipient opted out; they will never get marketing mail again.</numerusform>
            <numerusform>%n recipients opted out; they will never get marketing mail again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::OutboxSendTask</name>
    <message>
        <source>No mail server is set up yet: open Tools › E-mail Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the mail server: enter it in Tools › E-mail Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter the mail server&apos;s password in Tools › E-mail Settings…; it is kept until Rapport closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is being sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped; %n message(s) wait in the outbox.</source>
        <translation>
            <numerusform>Sending stopped; %n message waits in the outbox.</numerusform>
            <numerusform>Sending stopped; %n messages wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n</source>
        <translation>
            <numerusform>Sent %n</numerusform>
            <numerusform>Sent %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n</source>
        <translation>
            <numerusform>failed %n</numerusform>
            <numerusform>failed %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for a retry</source>
        <translation>
            <numerusform>%n waits for a retry</numerusform>
            <numerusform>%n wait for a retry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (opted out or suppressed)</source>
        <translation>
            <numerusform>%n skipped (opted out or suppressed)</numerusform>
            <numerusform>%n skipped (opted out or suppressed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: please check</source>
        <translation>
            <numerusform>%n uncertain: please check</numerusform>
            <numerusform>%n uncertain: please check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) wait; Rapport tries again every minute.</source>
        <translation>
            <numerusform>Offline — %n message waits; Rapport tries again every minute.</numerusform>
            <numerusform>Offline — %n messages wait; Rapport tries again every minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) wait; send again when you are online, or turn on sending in the background.</source>
        <translation>
            <numerusform>Offline — %n message waits; send again when you are online, or turn on sending in the background.</numerusform>
            <numerusform>Offline — %n messages wait; send again when you are online, or turn on sending in the background.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server refused the settings (%1): check Tools › E-mail Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due now; %n message(s) wait for a later retry.</source>
        <translation>
            <numerusform>Nothing is due now; %n message waits for a later retry.</numerusform>
            <numerusform>Nothing is due now; %n messages wait for a later retry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::OverdueDialog</name>
    <message>
        <source>&amp;Open Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze 1 Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n activity(s) done</source>
        <translation>
            <numerusform>Mark %n activity done</numerusform>
            <numerusform>Mark %n activities done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n activity(s)</source>
        <translation>
            <numerusform>Snooze %n activity</numerusform>
            <numerusform>Snooze %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PanelViews</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows that match conditions (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update View “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PasswordDialog</name>
    <message>
        <source>Encrypt Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be encrypted. Without this password nobody — not even Rapport — can restore it: keep the password somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport Is Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by an application password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n characters.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PipelineEditorDialog</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Pipelines and Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open deal with no change for longer than this is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pipeline “%1” still holds %n deal(s). Move or delete them first.</source>
        <translation>
            <numerusform>The pipeline “%1” still holds %n deal. Move or delete it first.</numerusform>
            <numerusform>The pipeline “%1” still holds %n deals. Move or delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>The stage “%1” still holds %n deal. Move it to another stage first.</numerusform>
            <numerusform>The stage “%1” still holds %n deals. Move them to another stage first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline “%1” needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage of “%1” needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pipelines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PipelinePanel</name>
    <message>
        <source>&amp;New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sales pipeline yet. A pipeline follows each deal from the first contact to won or lost, stage by stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sales pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%n open deal, weighted %1</numerusform>
            <numerusform>%n open deals, weighted %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n deal(s)</source>
        <translation>
            <numerusform>Move %n deal</numerusform>
            <numerusform>Move %n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PlanSummary</name>
    <message>
        <source>Out of date: the template or the segment changed since. Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a segment and check who would get the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — empty: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) would get this message</source>
        <translation>
            <numerusform>%n recipient would get this message</numerusform>
            <numerusform>%n recipients would get this message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of %n customer(s) in the segment).</source>
        <translation>
            <numerusform>(of %n customer in the segment).</numerusform>
            <numerusform>(of %n customers in the segment).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the segment is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every merge field has a value for every recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more recipient(s) with a problem</source>
        <translation>
            <numerusform>… and %n more recipient with a problem</numerusform>
            <numerusform>… and %n more recipients with a problem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PrivacyActions</name>
    <message>
        <source>Export Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything held about this customer as a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this customer&apos;s personal data for good; orders keep their totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Personal Data of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of “%1” could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the personal data of “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of “%1” could not be erased; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased the personal data of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProductDialog</name>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SKU is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProductsPanel</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PurchaseRulesPage</name>
    <message>
        <source>Mine Purchase Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time rules are mined the run is kept, so runs can be compared over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase rules yet.
Mine them from your orders to see which products customers buy together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Rules by Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rule(s)</source>
        <translation>
            <numerusform>%1 of %Ln rule</numerusform>
            <numerusform>%1 of %Ln rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln rule(s) with the highest lift; warmer colours mean a stronger link</source>
        <translation>
            <numerusform>The rule with the highest lift; warmer colours mean a stronger link</numerusform>
            <numerusform>The %Ln rules with the highest lift; warmer colours mean a stronger link</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dot is a rule; warmer colours mean a stronger link (lift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n rule(s) with the highest lift</source>
        <translation>
            <numerusform>The rule with the highest lift</numerusform>
            <numerusform>The %n rules with the highest lift</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase-rules.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::QueueCampaignDialog</name>
    <message>
        <source>Queue although some recipients have empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be put in the outbox</source>
        <translation>
            <numerusform>%n message will be put in the outbox</numerusform>
            <numerusform>%n messages will be put in the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %1; %n customer(s) of the segment are left out.</source>
        <translation>
            <numerusform>for %1; %n customer of the segment is left out.</numerusform>
            <numerusform>for %1; %n customers of the segment are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) would get a message with an empty or unknown field.</source>
        <translation>
            <numerusform>%n recipient would get a message with an empty or unknown field.</numerusform>
            <numerusform>%n recipients would get a message with an empty or unknown field.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReminderNotifier</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::RuleCharts</name>
    <message>
        <source>Support (share of baskets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::RulesTableModel</name>
    <message>
        <source>Customers who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baskets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all baskets that hold both sides of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the baskets with the left side that also hold the right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much more often the right side is bought with the left side than on its own (1 = no link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baskets that hold both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support minus the support expected if the sides were independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much more often the rule would be wrong if the sides were independent (∞ = never wrong)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SavedViewCommands</name>
    <message>
        <source>Save View “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ScoringTask</name>
    <message>
        <source>Scoring customers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SecretStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SegmentChooser</name>
    <message>
        <source>Only customers who opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out customers without a recorded opt-in. Customers who opted out never get marketing mail, whatever this says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule’s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet: tag customers in the Customers table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved customer views yet: filter the Customers table and save the view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RFM segments yet: score the customers first (Insights › Customer Value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n customer(s))</source>
        <translation>
            <numerusform>%1 (%n customer)</numerusform>
            <numerusform>%1 (%n customers)</numerusform>
        </translation>
    </message>
    <message>
        <source>No product rules yet: mine purchase rules by product first (Insights › Purchase Rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lift %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest product mining run found no rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::Sidebar</name>
    <message>
        <source>Saved view of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update with Current Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the columns, sort, search and filter shown now in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::StageColumn</name>
    <message>
        <source>%1 — %2% probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n in other currencies)</source>
        <translation>
            <numerusform>(+%n in another currency)</numerusform>
            <numerusform>(+%n in other currencies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each deal&apos;s amount times its probability, added up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::StageDealsModel</name>
    <message numerus="yes">
        <source>No change for %n day(s)</source>
        <translation>
            <numerusform>No change for %n day</numerusform>
            <numerusform>No change for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::StarterTemplateDialog</name>
    <message>
        <source>Choose a Starting Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport can set up fields, a sales pipeline and saved views that fit your kind of business. Everything it creates can be changed or deleted later (Tools › Custom Fields, the Pipeline panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields, pipeline or views; add your own whenever you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SuppressionsDialog</name>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport never sends marketing mail to these addresses, whatever a segment or an import says. Addresses are never removed: someone who asked not to be mailed must not be mailed again by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional), e.g. asked by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed address(es)</source>
        <translation>
            <numerusform>%n suppressed address</numerusform>
            <numerusform>%n suppressed addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TablePanel</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TagActions</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TagCommands</name>
    <message>
        <source>New Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Colour of Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Customer(s) “%1”</source>
        <translation>
            <numerusform>Tag %n Customer “%1”</numerusform>
            <numerusform>Tag %n Customers “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n Customer(s) “%1”</source>
        <translation>
            <numerusform>Untag %n Customer “%1”</numerusform>
            <numerusform>Untag %n Customers “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TagsDialog</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No customer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? %n customer(s) have it; they keep everything else. Edit › Undo brings the tag back on them.</source>
        <translation>
            <numerusform>Delete the tag “%1”? %n customer has it and keeps everything else. Edit › Undo brings the tag back.</numerusform>
            <numerusform>Delete the tag “%1”? %n customers have it; they keep everything else. Edit › Undo brings the tag back on them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TargetListExport</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TargetListPane</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag These Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these customers&apos; names, e-mail addresses and phone numbers as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rule to see the customers it suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) bought %1 but not yet %2.</source>
        <translation>
            <numerusform>%n customer bought %1 but not yet %2.</numerusform>
            <numerusform>%n customers bought %1 but not yet %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>targets-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Target List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateCommands</name>
    <message>
        <source>New Template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateEditor</name>
    <message>
        <source>Name of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {{name|Dear customer}}, our spring tea is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a merge field such as {{name}} at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TestSend</name>
    <message>
        <source>Send Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the sender and the mail server first (Mail Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the test message for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the suppression list: Rapport sends it no marketing mail, tests included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineView</name>
    <message>
        <source>Add a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ValueCharts</name>
    <message numerus="yes">
        <source>%1: %Ln customer(s) (%2)</source>
        <translation>
            <numerusform>%1: %Ln customer (%2)</numerusform>
            <numerusform>%1: %Ln customers (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (million ¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (thousand ¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CLV %1: %Ln sampled customer(s)</source>
        <translation>
            <numerusform>CLV %1: %Ln sampled customer</numerusform>
            <numerusform>CLV %1: %Ln sampled customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase day(s), P(alive) %1, CLV %2</source>
        <translation>
            <numerusform>%Ln purchase day, P(alive) %1, CLV %2</numerusform>
            <numerusform>%Ln purchase days, P(alive) %1, CLV %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted (BG/NBD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases before (%1 = %1+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases per customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ValueReportText</name>
    <message numerus="yes">
        <source>Scored as of %1: %Ln customer(s) · %2 · took %3 s</source>
        <translation>
            <numerusform>Scored as of %1: %Ln customer · %2 · took %3 s</numerusform>
            <numerusform>Scored as of %1: %Ln customers · %2 · took %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>BG/NBD (purchase frequency and drop-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend per purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency–spend correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases, actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases, predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s), discounted %1 per month</source>
        <translation>
            <numerusform>CLV over %n month, discounted %1 per month</numerusform>
            <numerusform>CLV over %n months, discounted %1 per month</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes and warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::WorkflowTools</name>
    <message>
        <source>Starter Template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
