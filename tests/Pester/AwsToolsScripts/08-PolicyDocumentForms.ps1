# Writes policy documents in the forms people use: a file read with Get-Content -Raw, a here-string
# with CRLF line ends and a byte-order mark, and a hashtable through ConvertTo-Json. Calls are
# module-qualified, as in scripts that load both AWSPowerShell and other modules.
Import-Module AWSPowerShell

$folder = Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $folder | Out-Null
try {
    $trustFile = Join-Path $folder 'trust.json'
    $trustText = "{`r`n  ""Version"": ""2012-10-17"",`r`n  ""Statement"": [{ ""Effect"": ""Allow"", ""Principal"": { ""Service"": ""ec2.amazonaws.com"" }, ""Action"": ""sts:AssumeRole"" }]`r`n}`r`n"
    [IO.File]::WriteAllText($trustFile, $trustText, [Text.UTF8Encoding]::new($true))
    AWSPowerShell\New-IAMRole -RoleName 'forms-role' -AssumeRolePolicyDocument (Get-Content -Raw $trustFile) | Out-Null

    $hereString = [char] 0xFEFF + @"
{
    "Version": "2012-10-17",
    "Statement": [
        { "Sid": "ReadLogs", "Effect": "Allow", "Action": "logs:GetLogEvents", "Resource": "*" }
    ]
}
"@.Replace("`n", "`r`n")
    AWSPowerShell\Write-IAMRolePolicy -RoleName 'forms-role' -PolicyName 'logs' -PolicyDocument $hereString

    $fromHashtable = [ordered]@{
        Version   = '2012-10-17'
        Statement = @([ordered]@{ Effect = 'Allow'; Action = @('s3:ListBucket', 's3:GetObject'); Resource = @('arn:aws:s3:::data', 'arn:aws:s3:::data/*'); Condition = @{ StringEquals = @{ 's3:prefix' = 'reports/' } } })
    } | ConvertTo-Json -Depth 10
    AWSPowerShell\Write-IAMRolePolicy -RoleName 'forms-role' -PolicyName 's3-data' -PolicyDocument $fromHashtable

    $decoded = [Uri]::UnescapeDataString((AWSPowerShell\Get-IAMRolePolicy -RoleName 'forms-role' -PolicyName 's3-data').PolicyDocument)
    if (($decoded | ConvertFrom-Json).Statement[0].Action.Count -ne 2) { throw 'The stored policy lost its actions.' }
    Write-Output (@(AWSPowerShell\Get-IAMRolePolicyList -RoleName 'forms-role') -join ',')
    Write-Output (@(AWS.Tools.EC2\Get-EC2Instance -Region us-east-1).Count)
}
finally {
    Remove-Item -Recurse -Force $folder
}
