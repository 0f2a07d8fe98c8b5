-- The queue at a county's scale. A section's open cases (a few thousand) lie scattered among a
-- million decided ones in case_search, so filtering the queue by text or sorting it by anything but
-- its indexed keys read a table page for almost every open case. This partial index holds the open
-- rows alone with every column the queue filters, sorts and shows: the queue's searches read it and
-- nothing else (about 200 bytes a case, a few megabytes for a county). `open` is a column as well as
-- the condition so that SQLite counts the index as covering.
CREATE INDEX case_search_queue ON case_search (
    section_id, due_date, case_number, accepted_on, item_name, applicant_name, agent_name, address,
    application_id, open)
WHERE open = 1;

-- The whole history of a section in the workspace's default order. A search of one or two characters
-- (a family name) matches thousands of a section's cases; with this index a page by due date walks the
-- section in that order and stops at the page's last match, where sorting the matches read every
-- matched case's row (the same holds by case number, through case_search_number).
CREATE INDEX case_search_due ON case_search (section_id, due_date, case_number);
