<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Display</name>
        <message>
            <source>day</source>
            <translation>day</translation>
        </message>
        <message>
            <source>month</source>
            <translation>month</translation>
        </message>
        <message>
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>%1 (%2 precision)</source>
            <translation>%1 (%2 precision)</translation>
        </message>
        <message>
            <source>dateline</source>
            <translation>dateline</translation>
        </message>
        <message>
            <source>page metadata</source>
            <translation>page metadata</translation>
        </message>
        <message>
            <source>given at import</source>
            <translation>given at import</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Initiatives</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>organizer</source>
            <translation>organizer</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>part of</source>
            <translation>part of</translation>
        </message>
        <message>
            <source>discussed</source>
            <translation>discussed</translation>
        </message>
        <message>
            <source>member of</source>
            <translation>member of</translation>
        </message>
        <message>
            <source>official</source>
            <translation>official</translation>
        </message>
        <message>
            <source>abbreviation</source>
            <translation>abbreviation</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>as written</source>
            <translation>as written</translation>
        </message>
        <message>
            <source>added by you</source>
            <translation>added by you</translation>
        </message>
        <message>
            <source>The file could not be read or written.</source>
            <translation>The file could not be read or written.</translation>
        </message>
        <message>
            <source>The file is not text.</source>
            <translation>The file is not text.</translation>
        </message>
        <message>
            <source>The text encoding is not supported.</source>
            <translation>The text encoding is not supported.</translation>
        </message>
        <message>
            <source>The content could not be parsed.</source>
            <translation>The content could not be parsed.</translation>
        </message>
        <message>
            <source>The database reported an error.</source>
            <translation>The database reported an error.</translation>
        </message>
        <message>
            <source>The request is not valid.</source>
            <translation>The request is not valid.</translation>
        </message>
        <message>
            <source>The search could not be run.</source>
            <translation>The search could not be run.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Green</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blue</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Pink</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Purple</translation>
        </message>
        <message>
            <source>%1, from the %2</source>
            <translation>%1, from the %2</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Government</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Research institute</source>
            <translation>Research institute</translation>
        </message>
        <message>
            <source>University</source>
            <translation>University</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>Alliance</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Meeting series</source>
            <translation>Meeting series</translation>
        </message>
        <message>
            <source>The file has no article text.</source>
            <translation>The file has no article text.</translation>
        </message>
        <message>
            <source>This kind of file is not supported (Sillok imports .txt, .html and .htm).</source>
            <translation>This kind of file is not supported (Sillok imports .txt, .html and .htm).</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Something went wrong.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>It could not be found.</source>
            <translation>It could not be found.</translation>
        </message>
        <message>
            <source>Sillok hit an internal error on this file; please report it.</source>
            <translation>Sillok hit an internal error on this file; please report it.</translation>
        </message>
        <message>
            <source>former role</source>
            <translation>former role</translation>
        </message>
        <message>
            <source>former member of</source>
            <translation>former member of</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>partnership</translation>
        </message>
        <message>
            <source>investment</source>
            <translation>investment</translation>
        </message>
        <message>
            <source>acquisition</source>
            <translation>acquisition</translation>
        </message>
        <message>
            <source>merger</source>
            <translation>merger</translation>
        </message>
        <message>
            <source>supply</source>
            <translation>supply</translation>
        </message>
        <message>
            <source>subsidiary of</source>
            <translation>subsidiary of</translation>
        </message>
        <message>
            <source>participates in</source>
            <translation>participates in</translation>
        </message>
        <message>
            <source>funds</source>
            <translation>funds</translation>
        </message>
        <message>
            <source>organized by</source>
            <translation>organized by</translation>
        </message>
        <message>
            <source>attended by</source>
            <translation>attended by</translation>
        </message>
        <message>
            <source>led by</source>
            <translation>led by</translation>
        </message>
        <message>
            <source>role at</source>
            <translation>role at</translation>
        </message>
        <message>
            <source>formerly at</source>
            <translation>formerly at</translation>
        </message>
        <message>
            <source>formerly member of</source>
            <translation>formerly member of</translation>
        </message>
        <message>
            <source>belongs to</source>
            <translation>belongs to</translation>
        </message>
        <message>
            <source>on the agenda</source>
            <translation>on the agenda</translation>
        </message>
        <message>
            <source>partners with</source>
            <translation>partners with</translation>
        </message>
        <message>
            <source>invests in</source>
            <translation>invests in</translation>
        </message>
        <message>
            <source>acquires</source>
            <translation>acquires</translation>
        </message>
        <message>
            <source>merges with</source>
            <translation>merges with</translation>
        </message>
        <message>
            <source>supplies</source>
            <translation>supplies</translation>
        </message>
        <message>
            <source>is a subsidiary of</source>
            <translation>is a subsidiary of</translation>
        </message>
        <message>
            <source>takes part in</source>
            <translation>takes part in</translation>
        </message>
        <message>
            <source>provides funds to</source>
            <translation>provides funds to</translation>
        </message>
        <message>
            <source>organized</source>
            <translation>organized</translation>
        </message>
        <message>
            <source>attended</source>
            <translation>attended</translation>
        </message>
        <message>
            <source>leads</source>
            <translation>leads</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>members</source>
            <translation>members</translation>
        </message>
        <message>
            <source>former staff</source>
            <translation>former staff</translation>
        </message>
        <message>
            <source>former members</source>
            <translation>former members</translation>
        </message>
        <message>
            <source>includes</source>
            <translation>includes</translation>
        </message>
        <message>
            <source>discussed at</source>
            <translation>discussed at</translation>
        </message>
        <message>
            <source>investment from</source>
            <translation>investment from</translation>
        </message>
        <message>
            <source>acquired by</source>
            <translation>acquired by</translation>
        </message>
        <message>
            <source>supplied by</source>
            <translation>supplied by</translation>
        </message>
        <message>
            <source>parent of</source>
            <translation>parent of</translation>
        </message>
        <message>
            <source>with participant</source>
            <translation>with participant</translation>
        </message>
        <message>
            <source>funded by</source>
            <translation>funded by</translation>
        </message>
        <message>
            <source>%1 (of)</source>
            <translation>%1 (of)</translation>
        </message>
    </context>
    <context>
        <name>Screenshots</name>
        <message>
            <source>Example note: this sentence is evidence for the highlighted organisation.</source>
            <translation>Example note: this sentence is evidence for the highlighted organisation.</translation>
        </message>
    </context>
    <context>
        <name>UndoCommands</name>
        <message>
            <source>Highlight “%1”</source>
            <translation>Highlight “%1”</translation>
        </message>
        <message>
            <source>Edit note on “%1”</source>
            <translation>Edit note on “%1”</translation>
        </message>
        <message>
            <source>Delete highlight “%1”</source>
            <translation>Delete highlight “%1”</translation>
        </message>
        <message>
            <source>%1 failed. %2 It was removed from the undo history.</source>
            <translation>%1 failed. %2 It was removed from the undo history.</translation>
        </message>
        <message>
            <source>Undo of %1 failed. %2 The change stays; it was removed from the undo history.</source>
            <translation>Undo of %1 failed. %2 The change stays; it was removed from the undo history.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Sillok: a knowledge base over Korean AI-chip industry news.</source>
            <translation>Sillok: a knowledge base over Korean AI-chip industry news.</translation>
        </message>
        <message>
            <source>Use the database at &lt;path&gt; (default: $SILLOK_DB, then the app data folder).</source>
            <translation>Use the database at &lt;path&gt; (default: $SILLOK_DB, then the app data folder).</translation>
        </message>
        <message>
            <source>Articles (.txt, .html) or folders to import.</source>
            <translation>Articles (.txt, .html) or folders to import.</translation>
        </message>
        <message>
            <source>Sillok cannot start</source>
            <translation>Sillok cannot start</translation>
        </message>
        <message>
            <source>Sillok's data files (dictionaries and sample articles) were not found. Reinstall Sillok.</source>
            <translation>Sillok's data files (dictionaries and sample articles) were not found. Reinstall Sillok.</translation>
        </message>
        <message>
            <source>Importing the sample articles</source>
            <translation>Importing the sample articles</translation>
        </message>
        <message>
            <source>Sillok</source>
            <translation>Sillok</translation>
        </message>
        <message>
            <source>Sillok cannot open the library %1.</source>
            <translation>Sillok cannot open the library %1.</translation>
        </message>
        <message>
            <source>You can set the file aside (it is renamed, not deleted) and start a new library, open another library file, or quit.</source>
            <translation>You can set the file aside (it is renamed, not deleted) and start a new library, open another library file, or quit.</translation>
        </message>
        <message>
            <source>Start a new library</source>
            <translation>Start a new library</translation>
        </message>
        <message>
            <source>Open another…</source>
            <translation>Open another…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>The file could not be renamed; check the folder's permissions.</source>
            <translation>The file could not be renamed; check the folder's permissions.</translation>
        </message>
        <message>
            <source>Open a library</source>
            <translation>Open a library</translation>
        </message>
        <message>
            <source>Upgrading your library for this version of Sillok…
This happens once, and may take a while for a large library.</source>
            <translation>Upgrading your library for this version of Sillok…
This happens once, and may take a while for a large library.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::AnnotationDialog</name>
        <message>
            <source>Highlight</source>
            <translation>Highlight</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>Colour:</translation>
        </message>
        <message>
            <source>Your note (optional)</source>
            <translation>Your note (optional)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>comma-separated, e.g. budget, follow-up</source>
            <translation>comma-separated, e.g. budget, follow-up</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <source>an organisation, person, initiative or meeting (optional)</source>
            <translation>an organisation, person, initiative or meeting (optional)</translation>
        </message>
        <message>
            <source>Link this highlight to an entity as evidence; it is listed on the entity's page.</source>
            <translation>Link this highlight to an entity as evidence; it is listed on the entity's page.</translation>
        </message>
        <message>
            <source>Evidence for:</source>
            <translation>Evidence for:</translation>
        </message>
        <message>
            <source>No entity has this name or alias: choose one from the list, or clear the field.</source>
            <translation>No entity has this name or alias: choose one from the list, or clear the field.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::AnnotationModel</name>
        <message>
            <source>[orphaned] %1</source>
            <translation>[orphaned] %1</translation>
        </message>
        <message>
            <source>Orphaned: the highlighted words are no longer in the article.</source>
            <translation>Orphaned: the highlighted words are no longer in the article.</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Highlight</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Evidence for</source>
            <translation>Evidence for</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::AnnotationsPanel</name>
        <message>
            <source>This article</source>
            <translation>This article</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>All colours</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>Search highlights and notes…</source>
            <translation>Search highlights and notes…</translation>
        </message>
        <message>
            <source>Open in reader</source>
            <translation>Open in reader</translation>
        </message>
        <message>
            <source>Edit highlight…</source>
            <translation>Edit highlight…</translation>
        </message>
        <message>
            <source>Delete highlight</source>
            <translation>Delete highlight</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ArticleModel</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message numerus="yes">
            <source> · %n more file(s) of this story</source>
            <translation>
                <numerusform> · %n more file of this story</numerusform>
                <numerusform> · %n more files of this story</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ChangesPanel</name>
        <message>
            <source>&amp;Watch</source>
            <translation>&amp;Watch</translation>
        </message>
        <message>
            <source>Watch the selected entity: what concerns it comes first (W)</source>
            <translation>Watch the selected entity: what concerns it comes first (W)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Stop &amp;watching</source>
            <translation>Stop &amp;watching</translation>
        </message>
        <message>
            <source>Nothing imported yet.</source>
            <translation>Nothing imported yet.</translation>
        </message>
        <message numerus="yes">
            <source>Import run %1: %n article(s)</source>
            <translation>
                <numerusform>Import run %1: %n article</numerusform>
                <numerusform>Import run %1: %n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>New (%1)</source>
            <translation>New (%1)</translation>
        </message>
        <message>
            <source>Seen again (%1)</source>
            <translation>Seen again (%1)</translation>
        </message>
        <message>
            <source>New relations (%1)</source>
            <translation>New relations (%1)</translation>
        </message>
        <message numerus="yes">
            <source>, %n duplicate(s) of stories already held</source>
            <translation>
                <numerusform>, %n duplicate of stories already held</numerusform>
                <numerusform>, %n duplicates of stories already held</numerusform>
            </translation>
        </message>
        <message>
            <source>Show more… (%1 of %2 shown)</source>
            <translation>Show more… (%1 of %2 shown)</translation>
        </message>
        <message>
            <source>Show four times as many of each list (Enter)</source>
            <translation>Show four times as many of each list (Enter)</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EntityModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Mentions</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EntityNameModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EntityPage</name>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Add alias…</source>
            <translation>Add alias…</translation>
        </message>
        <message>
            <source>Remove alias</source>
            <translation>Remove alias</translation>
        </message>
        <message>
            <source>Merge with…</source>
            <translation>Merge with…</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Split</translation>
        </message>
        <message>
            <source>Not an entity</source>
            <translation>Not an entity</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Facts</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Mentions</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Meetings timeline</source>
            <translation>Meetings timeline</translation>
        </message>
        <message>
            <source>Names and aliases:</source>
            <translation>Names and aliases:</translation>
        </message>
        <message>
            <source>Choose an entity in the Entities list, the reader, the timeline or the graph.</source>
            <translation>Choose an entity in the Entities list, the reader, the timeline or the graph.</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Kind: %1</translation>
        </message>
        <message>
            <source>Country: %1</source>
            <translation>Country: %1</translation>
        </message>
        <message>
            <source>English: %1</source>
            <translation>English: %1</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Date: %1</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>Place: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n mention</numerusform>
                <numerusform>%n mentions</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked as not an entity</source>
            <translation>Marked as not an entity</translation>
        </message>
        <message>
            <source>Rename to “%1”</source>
            <translation>Rename to “%1”</translation>
        </message>
        <message>
            <source>Add alias “%1”</source>
            <translation>Add alias “%1”</translation>
        </message>
        <message>
            <source>Remove alias “%1”</source>
            <translation>Remove alias “%1”</translation>
        </message>
        <message>
            <source>Merge “%1” into “%2”</source>
            <translation>Merge “%1” into “%2”</translation>
        </message>
        <message>
            <source>Split “%1” out of “%2”</source>
            <translation>Split “%1” out of “%2”</translation>
        </message>
        <message>
            <source>Mark “%1” as not an entity</source>
            <translation>Mark “%1” as not an entity</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Add alias</source>
            <translation>Add alias</translation>
        </message>
        <message>
            <source>Another name for %1:</source>
            <translation>Another name for %1:</translation>
        </message>
        <message>
            <source>Select an alias in the list first.</source>
            <translation>Select an alias in the list first.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n article(s))</source>
            <translation>
                <numerusform>%1 (%n article)</numerusform>
                <numerusform>%1 (%n articles)</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Merge into “%1” (it keeps its name):</source>
            <translation>Merge into “%1” (it keeps its name):</translation>
        </message>
        <message>
            <source>Your highlights linked to this entity as evidence; double-click to read one in place.</source>
            <translation>Your highlights linked to this entity as evidence; double-click to read one in place.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Part of this page could not be loaded. %1</source>
            <translation>Part of this page could not be loaded. %1</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>Relations</source>
            <translation>Relations</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source> (article of %1)</source>
            <translation> (article of %1)</translation>
        </message>
        <message>
            <source> (articles of %1 – %2)</source>
            <translation> (articles of %1 – %2)</translation>
        </message>
        <message>
            <source>Current post: %1%2</source>
            <translation>Current post: %1%2</translation>
        </message>
        <message>
            <source>Earlier post: %1%2</source>
            <translation>Earlier post: %1%2</translation>
        </message>
        <message>
            <source>Former post: %1</source>
            <translation>Former post: %1</translation>
        </message>
        <message>
            <source> (“%1”)</source>
            <translation> (“%1”)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Showing the %1 most stated of %2 facts and relations.</source>
            <translation>Showing the %1 most stated of %2 facts and relations.</translation>
        </message>
        <message>
            <source>Show all %1</source>
            <translation>Show all %1</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Enter opens the sentence it rests on; S lists every sentence that states it.</source>
            <translation>Enter opens the sentence it rests on; S lists every sentence that states it.</translation>
        </message>
        <message numerus="yes">
            <source>Every sentence that states “%1 · %2”: %n sentence(s), newest article first. Enter opens one in the reader.</source>
            <translation>
                <numerusform>Every sentence that states “%1 · %2”: %n sentence, newest article first. Enter opens one in the reader.</numerusform>
                <numerusform>Every sentence that states “%1 · %2”: %n sentences, newest article first. Enter opens one in the reader.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Every sentence listed here, as the Facts CSV export writes them</source>
            <translation>Every sentence listed here, as the Facts CSV export writes them</translation>
        </message>
        <message>
            <source>Export sources</source>
            <translation>Export sources</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>No fact's sources are listed.</source>
            <translation>No fact's sources are listed.</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>Could not export: %1</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EntityPanel</name>
        <message>
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>Filter by name or alias…</source>
            <translation>Filter by name or alias…</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EvidenceModel</name>
        <message>
            <source>Sentence</source>
            <translation>Sentence</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ExchangeActions</name>
        <message>
            <source>&amp;Graph (GraphML)…</source>
            <translation>&amp;Graph (GraphML)…</translation>
        </message>
        <message>
            <source>&amp;Entities (CSV)…</source>
            <translation>&amp;Entities (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Facts (CSV)…</source>
            <translation>&amp;Facts (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Meetings (iCalendar)…</source>
            <translation>&amp;Meetings (iCalendar)…</translation>
        </message>
        <message>
            <source>&amp;Annotations (W3C JSON-LD)…</source>
            <translation>&amp;Annotations (W3C JSON-LD)…</translation>
        </message>
        <message>
            <source>GraphML files (*.graphml)</source>
            <translation>GraphML files (*.graphml)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar files (*.ics)</translation>
        </message>
        <message>
            <source>W3C Web Annotations (*.jsonld *.json)</source>
            <translation>W3C Web Annotations (*.jsonld *.json)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Import &amp;annotations…</source>
            <translation>Import &amp;annotations…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Exporting to %1…</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>Could not export: %1</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
        <message>
            <source>Import annotations</source>
            <translation>Import annotations</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Could not import annotations: %1</source>
            <translation>Could not import annotations: %1</translation>
        </message>
        <message>
            <source>Annotations: %1 added, %2 updated, %3 unchanged, %4 orphaned, %5 not imported.</source>
            <translation>Annotations: %1 added, %2 updated, %3 unchanged, %4 orphaned, %5 not imported.</translation>
        </message>
        <message>
            <source>Some annotations could not be imported; see the details.</source>
            <translation>Some annotations could not be imported; see the details.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::FactModel</name>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>With</source>
            <translation>With</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>%1 (“%2”)</source>
            <translation>%1 (“%2”)</translation>
        </message>
        <message>
            <source>The date the articles give this relation itself</source>
            <translation>The date the articles give this relation itself</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Seen</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message numerus="yes">
            <source>%n sentence(s) state it: S lists them</source>
            <translation>
                <numerusform>%n sentence state it: S lists them</numerusform>
                <numerusform>%n sentences state it: S lists them</numerusform>
            </translation>
        </message>
        <message>
            <source>Published %1: the article that states it</source>
            <translation>Published %1: the article that states it</translation>
        </message>
        <message>
            <source>First stated %1, latest %2 (publication dates of the articles that state it)</source>
            <translation>First stated %1, latest %2 (publication dates of the articles that state it)</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::GraphPanel</name>
        <message>
            <source>Whole graph</source>
            <translation>Whole graph</translation>
        </message>
        <message>
            <source>Export graph as GraphML</source>
            <translation>Export graph as GraphML</translation>
        </message>
        <message>
            <source>GraphML files (*.graphml)</source>
            <translation>GraphML files (*.graphml)</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>Could not export: %1</translation>
        </message>
        <message>
            <source>Show the best-connected entities of the whole library</source>
            <translation>Show the best-connected entities of the whole library</translation>
        </message>
        <message>
            <source>Show more</source>
            <translation>Show more</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Save the graph shown here as an image (PNG, SVG) or as GraphML; File → Export saves the whole graph.</source>
            <translation>Save the graph shown here as an image (PNG, SVG) or as GraphML; File → Export saves the whole graph.</translation>
        </message>
        <message>
            <source>PNG image…</source>
            <translation>PNG image…</translation>
        </message>
        <message>
            <source>SVG image…</source>
            <translation>SVG image…</translation>
        </message>
        <message>
            <source>GraphML…</source>
            <translation>GraphML…</translation>
        </message>
        <message>
            <source>The %1 best-connected entities of %2 with relations (most relations first). Double-click one to see its neighbourhood.</source>
            <translation>The %1 best-connected entities of %2 with relations (most relations first). Double-click one to see its neighbourhood.</translation>
        </message>
        <message>
            <source>All %1 entities with relations. Double-click one to see its neighbourhood.</source>
            <translation>All %1 entities with relations. Double-click one to see its neighbourhood.</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>Show %1 more</translation>
        </message>
        <message>
            <source>The %1 most strongly linked of %2 related entities are shown.</source>
            <translation>The %1 most strongly linked of %2 related entities are shown.</translation>
        </message>
        <message>
            <source>Export graph as PNG</source>
            <translation>Export graph as PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Export graph as SVG</source>
            <translation>Export graph as SVG</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG images (*.svg)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Could not write %1.</translation>
        </message>
        <message>
            <source>Graph exported to %1.</source>
            <translation>Graph exported to %1.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::GraphView</name>
        <message>
            <source>organizer</source>
            <translation>organizer</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>part of</source>
            <translation>part of</translation>
        </message>
        <message>
            <source>discussed</source>
            <translation>discussed</translation>
        </message>
        <message>
            <source>member of</source>
            <translation>member of</translation>
        </message>
        <message>
            <source>Centre of the view</source>
            <translation>Centre of the view</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Depth:</source>
            <translation>Depth:</translation>
        </message>
        <message>
            <source>1 hop</source>
            <translation>1 hop</translation>
        </message>
        <message>
            <source>2 hops</source>
            <translation>2 hops</translation>
        </message>
        <message numerus="yes">
            <source>Show entities up to %n step(s) away from the centre</source>
            <translation>
                <numerusform>Show entities up to %n step away from the centre</numerusform>
                <numerusform>Show entities up to %n steps away from the centre</numerusform>
            </translation>
        </message>
        <message>
            <source>Zoom out (wheel, -)</source>
            <translation>Zoom out (wheel, -)</translation>
        </message>
        <message>
            <source>Zoom in (wheel, +)</source>
            <translation>Zoom in (wheel, +)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole graph</source>
            <translation>Show the whole graph</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>partnership</translation>
        </message>
        <message>
            <source>investment</source>
            <translation>investment</translation>
        </message>
        <message>
            <source>acquisition</source>
            <translation>acquisition</translation>
        </message>
        <message>
            <source>merger</source>
            <translation>merger</translation>
        </message>
        <message>
            <source>supply</source>
            <translation>supply</translation>
        </message>
        <message>
            <source>subsidiary of</source>
            <translation>subsidiary of</translation>
        </message>
        <message>
            <source>participates in</source>
            <translation>participates in</translation>
        </message>
        <message>
            <source>funds</source>
            <translation>funds</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; are named in the same sentence %3 time(s), in %4 article(s).&lt;br&gt;A co-mention, not a stated relation.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; are named in the same sentence %3 time(s), in %4 article(s).&lt;br&gt;A co-mention, not a stated relation.</translation>
        </message>
        <message>
            <source>co-mention (same sentence)</source>
            <translation>co-mention (same sentence)</translation>
        </message>
        <message>
            <source>Named with the centre most often</source>
            <translation>Named with the centre most often</translation>
        </message>
        <message>
            <source>Relations</source>
            <translation>Relations</translation>
        </message>
        <message>
            <source>Show or hide each kind of relation</source>
            <translation>Show or hide each kind of relation</translation>
        </message>
        <message>
            <source>Co-mentions</source>
            <translation>Co-mentions</translation>
        </message>
        <message>
            <source>Also draw the entities named in the same sentences as the centre, as dashed lines weighted by how often (a co-occurrence, not a stated relation)</source>
            <translation>Also draw the entities named in the same sentences as the centre, as dashed lines weighted by how often (a co-occurrence, not a stated relation)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>co-mentioned entity and sentence count</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n left out: linked only through what is hidden</source>
            <translation>
                <numerusform>%n left out: linked only through what is hidden</numerusform>
                <numerusform>%n left out: linked only through what is hidden</numerusform>
            </translation>
        </message>
        <message>
            <source>Relations (%1 hidden)</source>
            <translation>Relations (%1 hidden)</translation>
        </message>
        <message>
            <source>Co-mentions are shown around one entity: double-click an entity first</source>
            <translation>Co-mentions are shown around one entity: double-click an entity first</translation>
        </message>
        <message>
            <source>Graph</source>
            <translation>Graph</translation>
        </message>
        <message>
            <source>Sillok graph of organizations, people, initiatives and meetings</source>
            <translation>Sillok graph of organizations, people, initiatives and meetings</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <source>Show or hide the legend (shapes, colours and lines) in the corner of the graph</source>
            <translation>Show or hide the legend (shapes, colours and lines) in the corner of the graph</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ImportDialog</name>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>Looking for files…</source>
            <translation>Looking for files…</translation>
        </message>
        <message>
            <source>Cancelling after the current file…</source>
            <translation>Cancelling after the current file…</translation>
        </message>
        <message>
            <source>%1 of %2 files</source>
            <translation>%1 of %2 files</translation>
        </message>
        <message>
            <source>The import could not run: %1</source>
            <translation>The import could not run: %1</translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 unchanged, %4 failed.</source>
            <translation>%1 new, %2 updated, %3 unchanged, %4 failed.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>Re-extracting the library</source>
            <translation>Re-extracting the library</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>Reading the library…</translation>
        </message>
        <message>
            <source>%1 articles/s</source>
            <translation>%1 articles/s</translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>about %1 left</translation>
        </message>
        <message>
            <source>The library could not be written, so the re-extraction stopped: %1 The library is intact and keeps what it had. Free some space (or make the file writable) and re-extract again.</source>
            <translation>The library could not be written, so the re-extraction stopped: %1 The library is intact and keeps what it had. Free some space (or make the file writable) and re-extract again.</translation>
        </message>
        <message numerus="yes">
            <source>The library could not be written, so the import stopped: %1 %n file(s) were imported and are safe; the library is intact. Import the same files again to import the other %2.</source>
            <translation>
                <numerusform>The library could not be written, so the import stopped: %1 %n file were imported and are safe; the library is intact. Import the same files again to import the other %2.</numerusform>
                <numerusform>The library could not be written, so the import stopped: %1 %n files were imported and are safe; the library is intact. Import the same files again to import the other %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) re-extracted, %1 failed.</source>
            <translation>
                <numerusform>%n article re-extracted, %1 failed.</numerusform>
                <numerusform>%n articles re-extracted, %1 failed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: re-extract again to finish.</source>
            <translation>Cancelled: re-extract again to finish.</translation>
        </message>
        <message>
            <source>Cancelled: import the same files again to resume.</source>
            <translation>Cancelled: import the same files again to resume.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::LibraryPanel</name>
        <message>
            <source>Copies of this story</source>
            <translation>Copies of this story</translation>
        </message>
        <message>
            <source>Filter articles (title and text)…</source>
            <translation>Filter articles (title and text)…</translation>
        </message>
        <message>
            <source>Finds the articles whose title or text contains the words, names and their aliases included</source>
            <translation>Finds the articles whose title or text contains the words, names and their aliases included</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
        <message>
            <source>Filtered by “%1”: %2 of %3 articles</source>
            <translation>Filtered by “%1”: %2 of %3 articles</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::MainWindow</name>
        <message>
            <source>Sillok</source>
            <translation>Sillok</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Entities</source>
            <translation>Entities</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Entity</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Graph</source>
            <translation>Graph</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Import files…</source>
            <translation>&amp;Import files…</translation>
        </message>
        <message>
            <source>Import articles</source>
            <translation>Import articles</translation>
        </message>
        <message>
            <source>Articles (*.txt *.html *.htm);;All files (*)</source>
            <translation>Articles (*.txt *.html *.htm);;All files (*)</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>Import &amp;folder…</translation>
        </message>
        <message>
            <source>Import a folder of articles</source>
            <translation>Import a folder of articles</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>&amp;Highlight selection…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Next article</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;Previous article</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Show &amp;hidden blocks</source>
            <translation>Show &amp;hidden blocks</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Sillok</source>
            <translation>&amp;About Sillok</translation>
        </message>
        <message>
            <source>About Sillok</source>
            <translation>About Sillok</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sillok (실록)&lt;/b&gt;&lt;br&gt;A knowledge base over Korean AI-chip industry news: articles, entities, timeline, graph and your annotations, in one local file.</source>
            <translation>&lt;b&gt;Sillok (실록)&lt;/b&gt;&lt;br&gt;A knowledge base over Korean AI-chip industry news: articles, entities, timeline, graph and your annotations, in one local file.</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>Import finished.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <source>What this import brought</source>
            <translation>What this import brought</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>What this &amp;import brought</source>
            <translation>What this &amp;import brought</translation>
        </message>
        <message>
            <source>&amp;Review queue</source>
            <translation>&amp;Review queue</translation>
        </message>
        <message>
            <source>Re-extract now</source>
            <translation>Re-extract now</translation>
        </message>
        <message>
            <source>This library was extracted by an earlier version of Sillok. Re-extracting finds what this version finds; your corrections and highlights are kept. It runs in the background.</source>
            <translation>This library was extracted by an earlier version of Sillok. Re-extracting finds what this version finds; your corrections and highlights are kept. It runs in the background.</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Undo: %1</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <source>Redo: %1</source>
            <translation>Redo: %1</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Nothing to redo</translation>
        </message>
        <message>
            <source>&amp;Find in article…</source>
            <translation>&amp;Find in article…</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Re-extraction finished.</source>
            <translation>Re-extraction finished.</translation>
        </message>
        <message>
            <source>This library was extracted by an earlier version: re-extract it to see what this version finds.</source>
            <translation>This library was extracted by an earlier version: re-extract it to see what this version finds.</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Redone: %1</translation>
        </message>
        <message>
            <source>Sillok user guide</source>
            <translation>Sillok user guide</translation>
        </message>
        <message>
            <source>The user guide is not part of this build.</source>
            <translation>The user guide is not part of this build.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Open the selected article, entity or result</source>
            <translation>Open the selected article, entity or result</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Close a dialog or the search</source>
            <translation>Close a dialog or the search</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Extend the selection in the article</source>
            <translation>Extend the selection in the article</translation>
        </message>
        <message>
            <source>Shift+Arrow keys</source>
            <translation>Shift+Arrow keys</translation>
        </message>
        <message>
            <source>This is the last article of the filtered list.</source>
            <translation>This is the last article of the filtered list.</translation>
        </message>
        <message>
            <source>This is the first article of the filtered list.</source>
            <translation>This is the first article of the filtered list.</translation>
        </message>
        <message>
            <source>This is the last article.</source>
            <translation>This is the last article.</translation>
        </message>
        <message>
            <source>This is the first article.</source>
            <translation>This is the first article.</translation>
        </message>
        <message>
            <source>Copy the selected rows of a list (tab-separated)</source>
            <translation>Copy the selected rows of a list (tab-separated)</translation>
        </message>
        <message>
            <source>Ctrl+C</source>
            <translation>Ctrl+C</translation>
        </message>
        <message>
            <source>List every sentence that states the selected fact or relation (entity page)</source>
            <translation>List every sentence that states the selected fact or relation (entity page)</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ReaderView</name>
        <message>
            <source>Show hidden blocks (navigation, captions, related news…)</source>
            <translation>Show hidden blocks (navigation, captions, related news…)</translation>
        </message>
        <message>
            <source>Highlight…</source>
            <translation>Highlight…</translation>
        </message>
        <message>
            <source>Highlight the selected text, with a note and tags</source>
            <translation>Highlight the selected text, with a note and tags</translation>
        </message>
        <message>
            <source>Choose an article in the Library.</source>
            <translation>Choose an article in the Library.</translation>
        </message>
        <message>
            <source>from the %1</source>
            <translation>from the %1</translation>
        </message>
        <message numerus="yes">
            <source>%n highlight(s) could not be placed in this version of the article (orphaned): </source>
            <translation>
                <numerusform>%n highlight could not be placed in this version of the article (orphaned): </numerusform>
                <numerusform>%n highlights could not be placed in this version of the article (orphaned): </numerusform>
            </translation>
        </message>
        <message>
            <source>Select some text of the article body first.</source>
            <translation>Select some text of the article body first.</translation>
        </message>
        <message>
            <source>Highlight with note…</source>
            <translation>Highlight with note…</translation>
        </message>
        <message>
            <source>Highlight in</source>
            <translation>Highlight in</translation>
        </message>
        <message>
            <source>Edit highlight…</source>
            <translation>Edit highlight…</translation>
        </message>
        <message>
            <source>Delete highlight</source>
            <translation>Delete highlight</translation>
        </message>
        <message>
            <source>The highlights of this article could not be loaded. %1</source>
            <translation>The highlights of this article could not be loaded. %1</translation>
        </message>
        <message>
            <source>Find in this article…</source>
            <translation>Find in this article…</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>not found</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ReviewPanel</name>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>&amp;Reject</translation>
        </message>
        <message>
            <source>Merge, keep or confirm as the item proposes (A)</source>
            <translation>Merge, keep or confirm as the item proposes (A)</translation>
        </message>
        <message>
            <source>Keep apart, reject the entity or delete the annotation (R)</source>
            <translation>Keep apart, reject the entity or delete the annotation (R)</translation>
        </message>
        <message>
            <source>Waiting for a decision</source>
            <translation>Waiting for a decision</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Possible merge</source>
            <translation>Possible merge</translation>
        </message>
        <message>
            <source>Uncertain name</source>
            <translation>Uncertain name</translation>
        </message>
        <message>
            <source>Conflicting dates</source>
            <translation>Conflicting dates</translation>
        </message>
        <message>
            <source>Orphaned highlight</source>
            <translation>Orphaned highlight</translation>
        </message>
        <message>
            <source>%1 — the same one? Accept merges them.</source>
            <translation>%1 — the same one? Accept merges them.</translation>
        </message>
        <message>
            <source>%1 — no dictionary holds this name. Accept keeps it, Reject removes it.</source>
            <translation>%1 — no dictionary holds this name. Accept keeps it, Reject removes it.</translation>
        </message>
        <message>
            <source>A highlight whose text is gone from its article. Accept keeps it, Reject deletes it.</source>
            <translation>A highlight whose text is gone from its article. Accept keeps it, Reject deletes it.</translation>
        </message>
        <message>
            <source>Nothing is waiting for a decision.</source>
            <translation>Nothing is waiting for a decision.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) waiting — A accepts, R rejects</source>
            <translation>
                <numerusform>%n item waiting — A accepts, R rejects</numerusform>
                <numerusform>%n items waiting — A accepts, R rejects</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — articles give different dates (%2). Select the sentence with the right date and accept; Reject keeps the meeting as it is.</source>
            <translation>%1 — articles give different dates (%2). Select the sentence with the right date and accept; Reject keeps the meeting as it is.</translation>
        </message>
        <message>
            <source>(the first %1 shown; each decision brings the next)</source>
            <translation>(the first %1 shown; each decision brings the next)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::SearchPopup</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <source>Articles only</source>
            <translation>Articles only</translation>
        </message>
        <message>
            <source>Any organization</source>
            <translation>Any organization</translation>
        </message>
        <message>
            <source>from (2024-01)</source>
            <translation>from (2024-01)</translation>
        </message>
        <message>
            <source>to (2024-12-31)</source>
            <translation>to (2024-12-31)</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Entities: %1</source>
            <translation>Entities: %1</translation>
        </message>
        <message>
            <source>Search entities, articles and notes (Korean or English)…</source>
            <translation>Search entities, articles and notes (Korean or English)…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Remove every filter: type, organization, dates and facets</source>
            <translation>Remove every filter: type, organization, dates and facets</translation>
        </message>
        <message>
            <source>Refine</source>
            <translation>Refine</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Click a value to show only the articles that have it</source>
            <translation>Click a value to show only the articles that have it</translation>
        </message>
        <message>
            <source>No filters</source>
            <translation>No filters</translation>
        </message>
        <message>
            <source>Filtered by: %1</source>
            <translation>Filtered by: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n entity(s)</source>
            <translation>
                <numerusform>%n entity</numerusform>
                <numerusform>%n entities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n article(s)</source>
            <translation>
                <numerusform>%1 of %n article</numerusform>
                <numerusform>%1 of %n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Where these articles come from</source>
            <translation>Where these articles come from</translation>
        </message>
        <message numerus="yes">
            <source>Show only the %n article(s) with %1</source>
            <translation>
                <numerusform>Show only the %n article with %1</numerusform>
                <numerusform>Show only the %n articles with %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Articles not searched</source>
            <translation>Articles not searched</translation>
        </message>
        <message>
            <source>Refine counts articles. Choose Everything or Articles only to refine by organization, person, initiative, meeting, year or source.</source>
            <translation>Refine counts articles. Choose Everything or Articles only to refine by organization, person, initiative, meeting, year or source.</translation>
        </message>
        <message>
            <source>No articles to refine</source>
            <translation>No articles to refine</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::SearchResultModel</name>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Best match</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message numerus="yes">
            <source> · %n more file(s) of this story</source>
            <translation>
                <numerusform> · %n more file of this story</numerusform>
                <numerusform> · %n more files of this story</numerusform>
            </translation>
        </message>
        <message>
            <source>Linked to %1</source>
            <translation>Linked to %1</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>A new language applies when Sillok starts again.</source>
            <translation>A new language applies when Sillok starts again.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Restart Sillok to use the new language.</source>
            <translation>Restart Sillok to use the new language.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::TimelineAxis</name>
        <message>
            <source>%1</source>
            <comment>axis: a year</comment>
            <translation>%1</translation>
        </message>
        <message>
            <source>%2 %1</source>
            <comment>axis: month and year; %1 = year, %2 = month name</comment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>axis: day of month</comment>
            <translation>%1</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::TimelinePanel</name>
        <message>
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>Export SVG…</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Export timeline as SVG</source>
            <translation>Export timeline as SVG</translation>
        </message>
        <message>
            <source>Export timeline as PNG</source>
            <translation>Export timeline as PNG</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG images (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Could not write %1.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n item(s)</source>
            <comment>items passing the filters, of all</comment>
            <translation>
                <numerusform>%1 of %n item</numerusform>
                <numerusform>%1 of %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Timeline exported to %1.</source>
            <translation>Timeline exported to %1.</translation>
        </message>
        <message>
            <source>Counts by lane and month: zoom in to see the items</source>
            <translation>Counts by lane and month: zoom in to see the items</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::TimelineView</name>
        <message>
            <source>Exact day</source>
            <translation>Exact day</translation>
        </message>
        <message>
            <source>Day range</source>
            <translation>Day range</translation>
        </message>
        <message>
            <source>Month only (day unknown)</source>
            <translation>Month only (day unknown)</translation>
        </message>
        <message>
            <source>Year only (month unknown)</source>
            <translation>Year only (month unknown)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>%1  (%2)</source>
            <comment>lane title and item count</comment>
            <translation>%1  (%2)</translation>
        </message>
        <message>
            <source>Month known</source>
            <translation>Month known</translation>
        </message>
        <message>
            <source>Year known</source>
            <translation>Year known</translation>
        </message>
        <message>
            <source>Kinds:</source>
            <translation>Kinds:</translation>
        </message>
        <message>
            <source>By initiative</source>
            <translation>By initiative</translation>
        </message>
        <message>
            <source>By organization</source>
            <translation>By organization</translation>
        </message>
        <message>
            <source>Group the timeline into lanes</source>
            <translation>Group the timeline into lanes</translation>
        </message>
        <message>
            <source>Show only items of one organization</source>
            <translation>Show only items of one organization</translation>
        </message>
        <message>
            <source>Kinds</source>
            <translation>Kinds</translation>
        </message>
        <message>
            <source>Show only some kinds of meetings and initiatives</source>
            <translation>Show only some kinds of meetings and initiatives</translation>
        </message>
        <message>
            <source>Organization:</source>
            <translation>Organization:</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel, -)</source>
            <translation>Zoom out (Ctrl+wheel, -)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel, +)</source>
            <translation>Zoom in (Ctrl+wheel, +)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole time range</source>
            <translation>Show the whole time range</translation>
        </message>
        <message>
            <source>All organizations</source>
            <translation>All organizations</translation>
        </message>
        <message>
            <source>Kinds (%1)</source>
            <translation>Kinds (%1)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Sillok timeline of initiatives and meetings</source>
            <translation>Sillok timeline of initiatives and meetings</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>a resolved day</comment>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>a resolved month</comment>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>a resolved year</comment>
            <translation>%1</translation>
        </message>
        <message>
            <source>As written: %1</source>
            <translation>As written: %1</translation>
        </message>
        <message>
            <source>%1 (year only)</source>
            <comment>count cell of items dated to a year</comment>
            <translation>%1 (year only)</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n initiative</numerusform>
                <numerusform>%n initiatives</numerusform>
            </translation>
        </message>
        <message>
            <source>Lanes:</source>
            <comment>how the timeline is grouped into rows</comment>
            <translation>Lanes:</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln item(s)</source>
            <comment>count cell: its month and how many items</comment>
            <translation>
                <numerusform>%1: %Ln item</numerusform>
                <numerusform>%1: %Ln items</numerusform>
            </translation>
        </message>
        <message>
            <source>Double-click it, or press Enter, to zoom in on it.</source>
            <translation>Double-click it, or press Enter, to zoom in on it.</translation>
        </message>
        <message>
            <source>Items per month:</source>
            <translation>Items per month:</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ViewStyle</name>
        <message>
            <source>Policy</source>
            <translation>Policy</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>Alliance</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Fund</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Conference</source>
            <translation>Conference</translation>
        </message>
        <message>
            <source>Press conference</source>
            <translation>Press conference</translation>
        </message>
        <message>
            <source>Demonstration</source>
            <translation>Demonstration</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Exhibition</translation>
        </message>
        <message>
            <source>Forum</source>
            <translation>Forum</translation>
        </message>
        <message>
            <source>Ceremony</source>
            <translation>Ceremony</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <comment>kind</comment>
            <translation>Unspecified</translation>
        </message>
    </context>
</TS>
