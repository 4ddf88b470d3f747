namespace Amazon.PowerShell.Common
{
    /// <summary>
    /// PowerShell variable scopes for the -Scope parameter of the AWS.Tools.Common cmdlets. The names and
    /// values match AWS Tools' own enum, so scripts that pass either still bind.
    /// </summary>
    public enum VariableScope
    {
        Global = -1,
        Local = -2,
        Script = -3,
        Private = -4,
    }
}
