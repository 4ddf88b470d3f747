@{
    Synopsis     = 'Chooses the RoleTools store for this session and changes its settings.'
    Description  = @(
        'Set-RoleToolsStore makes every RoleTools cmdlet in this session use the SQLite store at -Path, creating it on first use (mode 0600 on Unix, because it holds generated secret keys). Without -Path it changes the settings of the current store.'
        'Without Set-RoleToolsStore, cmdlets use $env:ROLETOOLS_STORE, or else RoleTools/store.db under the XDG data home (Unix) or LocalAppData (Windows).'
        'A file that is not a RoleTools store, or a store written by a newer RoleTools, is rejected and left unchanged (error IDs StoreNotRoleTools and StoreSchemaTooNew).'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Use a store per Pester test'
            Code    = 'BeforeEach { Set-RoleToolsStore -Path (Join-Path $TestDrive ''store.db'') }'
            Remarks = 'Each test gets a fresh store in its TestDrive folder, which Pester deletes afterwards, so tests never touch your own store.'
        }
        @{
            Title   = 'Change the account ID and default region'
            Code    = 'Set-RoleToolsStore -AccountId 210987654321 -DefaultRegion eu-west-1 -PassThru'
            Remarks = 'New ARNs use account 210987654321, and EC2 cmdlets use eu-west-1 when neither -Region, Set-DefaultAWSRegion nor AWS_REGION names a region. -PassThru writes the store summary.'
        }
    )
    RelatedLinks = @('Get-RoleToolsStore', 'Set-RoleToolsClock')
}
