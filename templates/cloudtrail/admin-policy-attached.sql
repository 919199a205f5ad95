-- name: admin-policy-attached
-- title: "Administrator permissions granted"
-- description: "AdministratorAccess attached, or an inline policy allowing every action, to a user, group or role."
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
       COALESCE(json_extract_scalar(requestparameters, '$.userName'), json_extract_scalar(requestparameters, '$.roleName'), json_extract_scalar(requestparameters, '$.groupName')) AS target,
       json_extract_scalar(requestparameters, '$.policyArn') AS policy_arn,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND eventsource = 'iam.amazonaws.com'
  AND ((eventname IN ('AttachUserPolicy', 'AttachRolePolicy', 'AttachGroupPolicy') AND json_extract_scalar(requestparameters, '$.policyArn') LIKE '%:policy/AdministratorAccess')
       OR (eventname IN ('PutUserPolicy', 'PutRolePolicy', 'PutGroupPolicy') AND regexp_like(json_extract_scalar(requestparameters, '$.policyDocument'), '"Action"\s*:\s*(\[\s*)?"\*"')))
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
