@{
    Synopsis     = 'Lists AWS regions from the AWS SDK''s region list.'
    Description  = @(
        'Get-AWSRegion writes an AWSRegion object, with Region, Name and IsShellDefault, for each public region in the AWS SDK''s region list. -IncludeChina and -IncludeGovCloud add those partitions, -GovCloudOnly lists only GovCloud, and -SystemName writes the one region of that name.'
        'This cmdlet calls no AWS API: it reads the region list built into the AWS SDK for .NET that RoleTools ships.'
    )
    AwsOperation = $null
    Deviations   = @(
        'The list is the one in the AWS SDK for .NET that RoleTools ships, so it can lag behind the regions AWS Tools of a newer version knows.'
    )
    Examples     = @(
        @{
            Title   = 'List the regions'
            Code    = 'Get-AWSRegion | Select-Object Region, Name, IsShellDefault'
            Remarks = 'Shows every public region; IsShellDefault marks the session''s default region.'
        }
        @{
            Title   = 'Look up one region'
            Code    = '(Get-AWSRegion -SystemName eu-central-1).Name'
            Remarks = 'Writes the display name of eu-central-1.'
        }
    )
    RelatedLinks = @('Set-DefaultAWSRegion', 'Get-DefaultAWSRegion')
}
