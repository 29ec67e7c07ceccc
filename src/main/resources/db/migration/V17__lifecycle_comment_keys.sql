-- The comment of an automatic transition is kept as a message key and its arguments, so that each
-- reader sees it in their own language (WorkflowComments); comment_text keeps its English text.
-- Arguments are separated by the ASCII unit separator (CHAR(31)).
ALTER TABLE workflow_event
    ADD COLUMN comment_key  VARCHAR(200)  NULL AFTER comment_text,
    ADD COLUMN comment_args VARCHAR(4000) NULL AFTER comment_key;

-- Rows written before: the English texts the portal wrote become their keys. Anything else (the
-- reason of a decline, which names the party) stays as written and is shown as it is.
UPDATE workflow_event SET comment_key = 'lifecycle.auto.agreement.complete'
 WHERE workflow = 'agreement' AND transition_name = 'complete'
   AND comment_text = 'All parties have approved or signed.';

UPDATE workflow_event SET comment_key = 'lifecycle.auto.agreement.activateOnSigning'
 WHERE workflow = 'agreement' AND transition_name = 'activate'
   AND comment_text = 'The agreement is signed and its effective date has come.';

UPDATE workflow_event SET comment_key = 'lifecycle.auto.agreement.activateOnDate',
       comment_args = SUBSTRING(comment_text, 16, 10)
 WHERE workflow = 'agreement' AND transition_name = 'activate'
   AND comment_text REGEXP '^Effective date [0-9]{4}-[0-9]{2}-[0-9]{2} reached[.]$';

UPDATE workflow_event SET comment_key = 'lifecycle.auto.agreement.expire',
       comment_args = SUBSTRING(comment_text, 13, 10)
 WHERE workflow = 'agreement' AND transition_name = 'expire'
   AND comment_text REGEXP '^Expiry date [0-9]{4}-[0-9]{2}-[0-9]{2} passed[.]$';

UPDATE workflow_event SET comment_key = 'lifecycle.auto.caseStudy.release'
 WHERE workflow = 'case-study' AND transition_name = 'release'
   AND comment_text = 'Cleared by every partner whose agreement requires it';
