-- name: who-created
-- title: "Who created a resource"
-- description: "The event that created a resource, found by an id or name appearing in the request or response."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   resource: { type: string, required: true, description: "Resource id, name or ARN", sample: "i-0123456789abcdef0" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       eventsource,
       eventname,
       sourceipaddress,
       errorcode,
       requestparameters,
       responseelements
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND (eventname LIKE 'Create%' OR eventname IN ('RunInstances', 'AllocateAddress', 'RegisterImage', 'ImportKeyPair', 'CopyImage', 'CopySnapshot'))
  AND (requestparameters LIKE '%' || ${resource} || '%' OR responseelements LIKE '%' || ${resource} || '%')
ORDER BY eventtime ASC, eventid
LIMIT ${limit}
