namespace HomeBase.Sandbox.Data;

/// <summary>Word lists the generator draws from, so that generated records read like a real tenant's.</summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames =
    [
        "Adele", "Alex", "Allan", "Amara", "Bianca", "Chen", "Christie", "Diego", "Elena", "Enrico", "Fatima", "Grady",
        "Hana", "Henrietta", "Isaiah", "Johanna", "Joni", "Kenji", "Lee", "Lidia", "Lynne", "Megan", "Miriam", "Nestor",
        "Olga", "Patti", "Pradeep", "Raul", "Sakura", "Sven", "Tomasz", "Yusuf",
    ];

    public static readonly string[] LastNames =
    [
        "Vance", "Wilber", "Deyoung", "Okafor", "Rossi", "Wei", "Cline", "Siciliani", "Petrova", "Bianchi", "Haddad", "Archie",
        "Sato", "Bronson", "Mensah", "Lindqvist", "Sherman", "Tanaka", "Gu", "Holloway", "Robbins", "Bowen", "Caron", "Hoffman",
        "Ivanova", "Fernandez", "Gupta", "Moreno", "Ito", "Nilsson", "Kowalski", "Demir",
    ];

    public static readonly string[] Departments = ["Finance", "Engineering", "Sales", "Marketing", "HR", "Legal", "IT", "Operations", "Security"];

    public static readonly string[] JobTitles =
        ["Analyst", "Engineer", "Manager", "Director", "Account Executive", "Administrator", "Consultant", "Specialist", "Architect"];

    public static readonly string[] GroupNames =
    [
        "All Employees", "Finance Team", "Engineering", "Sales EMEA", "SOC Analysts", "Domain Admins", "Helpdesk",
        "Executives", "Contractors", "Marketing", "Cloud Operations", "Privileged Access",
    ];

    public static readonly (string Id, string Name)[] Apps =
    [
        ("00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online"),
        ("1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams"),
        ("c44b4083-3bb0-49c1-b47d-974e53cbdf3c", "Azure Portal"),
        ("00000003-0000-0ff1-ce00-000000000000", "Office 365 SharePoint Online"),
        ("de8bc8b5-d9f9-48b1-a8ad-b748da725064", "Graph Explorer"),
        ("04b07795-8ddb-461a-bbee-02f9e1bf7b46", "Microsoft Azure CLI"),
        ("2d4d3d8e-2be3-4bef-9f87-7875a61c29de", "OneNote"),
        ("8c59ead7-d703-4a27-9e55-c96a0054c8d2", "My Profile"),
    ];

    public static readonly (string City, string State, string Country, double Lat, double Lon, bool Risky)[] Locations =
    [
        ("Seattle", "Washington", "US", 47.61, -122.33, false), ("New York", "New York", "US", 40.71, -74.01, false),
        ("London", "England", "GB", 51.51, -0.13, false), ("Berlin", "Berlin", "DE", 52.52, 13.40, false),
        ("Paris", "Ile-de-France", "FR", 48.86, 2.35, false), ("Amsterdam", "Noord-Holland", "NL", 52.37, 4.90, false),
        ("Sydney", "New South Wales", "AU", -33.87, 151.21, false), ("Tokyo", "Tokyo", "JP", 35.68, 139.69, false),
        ("Bengaluru", "Karnataka", "IN", 12.97, 77.59, false), ("Sao Paulo", "Sao Paulo", "BR", -23.55, -46.63, false),
        ("Lagos", "Lagos", "NG", 6.52, 3.38, true), ("Moscow", "Moscow", "RU", 55.76, 37.62, true),
        ("Pyongyang", "Pyongyang", "KP", 39.04, 125.76, true), ("Tehran", "Tehran", "IR", 35.69, 51.39, true),
    ];

    public static readonly (int Code, string Reason)[] SignInFailures =
    [
        (50126, "Error validating credentials due to invalid username or password."),
        (50074, "Strong Authentication is required."),
        (53003, "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."),
        (50053, "The account is locked, you've tried to sign in too many times with an incorrect user ID or password."),
        (500121, "Authentication failed during strong authentication request."),
        (50057, "The user account is disabled."),
    ];

    public static readonly string[] ClientApps = ["Browser", "Mobile Apps and Desktop clients", "Exchange ActiveSync", "IMAP4", "Other clients"];

    public static readonly string[] Browsers = ["Edge 131.0.0", "Chrome 131.0.0", "Firefox 133.0", "Safari 18.1", "Rich Client 5.2.0"];

    public static readonly string[] OperatingSystems = ["Windows 11", "Windows 10", "MacOs", "Ios", "Android", "Linux"];

    public static readonly string[] RiskEventTypes =
    [
        "unfamiliarFeatures", "unlikelyTravel", "anonymizedIPAddress", "leakedCredentials", "maliciousIPAddress",
        "passwordSpray", "suspiciousInboxForwarding", "mcasImpossibleTravel", "investigationsThreatIntelligence",
    ];

    /// <summary>
    /// Directory audit activities with Microsoft's names and categories (Microsoft Entra audit log activity reference),
    /// and the area HomeBase should file each under. Everyday changes are listed more than once, so that role, credential
    /// and policy changes stay as rare as in a real tenant's log. The credential update's name has the en dash of the log.
    /// </summary>
    public static readonly (string Activity, string Category, string Operation, string TargetType, string Area)[] DirectoryActivities =
    [
        ("Add user", "UserManagement", "Add", "User", "users"), ("Update user", "UserManagement", "Update", "User", "users"),
        ("Update user", "UserManagement", "Update", "User", "users"), ("Update user", "UserManagement", "Update", "User", "users"),
        ("Delete user", "UserManagement", "Delete", "User", "users"), ("Reset password", "UserManagement", "Update", "User", "users"),
        ("Add member to group", "GroupManagement", "Assign", "Group", "groups"), ("Add member to group", "GroupManagement", "Assign", "Group", "groups"),
        ("Remove member from group", "GroupManagement", "Unassign", "Group", "groups"),
        ("Add member to role", "RoleManagement", "Assign", "User", "roles"), ("Remove member from role", "RoleManagement", "Unassign", "User", "roles"),
        ("Update application", "ApplicationManagement", "Update", "Application", "applications"),
        ("Add service principal", "ApplicationManagement", "Add", "ServicePrincipal", "applications"),
        ("Add service principal credentials", "ApplicationManagement", "Update", "ServicePrincipal", "app_credentials"),
        ("Update application \u2013 Certificates and secrets management", "ApplicationManagement", "Update", "Application", "app_credentials"),
        ("Consent to application", "ApplicationManagement", "Assign", "ServicePrincipal", "consent"),
        ("Add app role assignment to service principal", "ApplicationManagement", "Assign", "ServicePrincipal", "consent"),
        ("Add Conditional Access policy", "Policy", "Add", "Policy", "conditional_access"),
        ("Update Conditional Access policy", "Policy", "Update", "Policy", "conditional_access"),
        ("Update Conditional Access policy", "Policy", "Update", "Policy", "conditional_access"),
        ("Delete Conditional Access policy", "Policy", "Delete", "Policy", "conditional_access"),
        ("Set Company Information", "DirectoryManagement", "Update", "Directory", "other"),
    ];

    public static readonly string[] Software =
    [
        "microsoft:windows_11", "microsoft:edge_chromium-based", "google:chrome", "mozilla:firefox", "adobe:acrobat_reader_dc",
        "oracle:jre", "7-zip:7-zip", "openssl:openssl", "microsoft:office", "vmware:tools", "zoom:zoom", "apache:log4j",
    ];

    public static readonly string[] ResourceTypes =
    [
        "Microsoft.Compute/virtualMachines", "Microsoft.Storage/storageAccounts", "Microsoft.Network/networkSecurityGroups",
        "Microsoft.KeyVault/vaults", "Microsoft.Sql/servers", "Microsoft.Web/sites", "Microsoft.Authorization/roleAssignments",
        "Microsoft.Network/publicIPAddresses",
    ];
}
