-- name: principal-timeline
-- title: "Timeline of a principal"
-- description: "Everything one user or role did, oldest first; matches the caller's ARN or its role's ARN."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:     { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:       { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts:  { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:   { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   principal: { type: string, required: true, description: "ARN, or part of one (user or role name)", sample: "role/Admin" }
--   limit:     { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       useridentity.arn AS principal,
       eventsource,
       eventname,
       sourceipaddress,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND (useridentity.arn LIKE '%' || ${principal} || '%' OR useridentity.sessioncontext.sessionissuer.arn LIKE '%' || ${principal} || '%')
ORDER BY eventtime ASC, eventid
LIMIT ${limit}
