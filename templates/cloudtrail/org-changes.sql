-- name: org-changes
-- title: "AWS Organizations changes"
-- description: "Writes to AWS Organizations: accounts, OUs, SCPs, delegated administrators, trusted access."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       eventname,
       sourceipaddress,
       errorcode,
       requestparameters
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND eventsource = 'organizations.amazonaws.com'
  AND LOWER(CAST(readonly AS VARCHAR)) = 'false'
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
