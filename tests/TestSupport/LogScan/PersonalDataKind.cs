namespace TestSupport.LogScan;

/// <summary>What kind of personal data a log scan found.</summary>
public enum PersonalDataKind
{
    /// <summary>A burgerservicenummer of the RvIG test set, anywhere in the text.</summary>
    TestSetBsn,

    /// <summary>A word of a voornamen or geslachtsnaam of the RvIG test set.</summary>
    TestSetName,

    /// <summary>Nine digits that pass the elfproef, in the path or query of a URL.</summary>
    BsnInUrl,
}
