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

    /// <summary>Several lines of text; the value is a <see cref="string"/>.</summary>
    MultilineText,

    /// <summary>A number; the value is a <see cref="decimal"/>, or an <see cref="int"/> or <see cref="long"/> for whole numbers.</summary>
    Number,

    /// <summary>
    /// Any number of <see cref="FieldDefinition.Choices"/>; the value is a list of codes (<see cref="IReadOnlyList{T}"/> of
    /// <see cref="string"/>). In an action's values the codes are separated by commas.
    /// </summary>
    MultiChoice,

    /// <summary>A link to another record; the value is a <see cref="RecordReference"/>. Display only.</summary>
    Reference,

    /// <summary>
    /// An uploaded file; an action input only. The handler reads it from <see cref="ActionRequest.Files"/>, and
    /// <see cref="FieldDefinition.AcceptedFileTypes"/> lists the extensions a browser offers.
    /// </summary>
    File,
}
