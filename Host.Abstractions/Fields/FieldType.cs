namespace Host.Abstractions;

/// <summary>The data type of a field, which decides how the host renders, parses and validates it.</summary>
public enum FieldType
{
    /// <summary>A single line of text; the value is a <see cref="string"/>.</summary>
    Text,

    /// <summary>Yes or no; the value is a <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>A date; the value is a <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>A date that may be partly unknown; the value is a <see cref="PartialDate"/>. Display only.</summary>
    PartialDate,

    /// <summary>One of <see cref="FieldDefinition.Choices"/>; the value is the choice's code as a <see cref="string"/>.</summary>
    Choice,

    /// <summary>A burgerservicenummer; the value is a <see cref="Bsn"/> or the text as typed.</summary>
    Bsn,

    /// <summary>A moment; the value is a <see cref="DateTimeOffset"/>, which hosts show in Europe/Amsterdam time. Display only.</summary>
    DateTime,
}
