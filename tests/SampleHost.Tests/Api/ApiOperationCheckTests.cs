using Host.Abstractions;
using SampleHost.Api.Operations;

namespace SampleHost.Tests.Api;

/// <summary>The start-up check of the plugins' API operations.</summary>
[TestFixture]
public sealed class ApiOperationCheckTests
{
    [Test]
    public void Problems_ValidOperations_IsEmpty()
    {
        var problems = ApiOperationCheck.Problems([Operation("a", "notities"), Operation("b", "notities/{notitieId}"), Operation("c", "notities", ApiMethod.Post)]);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Problems_TrailingSlash_NamesPlugin()
    {
        var problems = ApiOperationCheck.Problems([Operation("lijst", "notities/")]);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "The API operation lijst (GET notities/) of plugin 'voorbeeld' has a trailing slash. Remove it: the API answers a path with a trailing slash with 404.",
        }));
    }

    [Test]
    public void Problems_UpperCaseSegment_NamesSegment()
    {
        var problems = ApiOperationCheck.Problems([Operation("lijst", "Notities/{notitieId}")]);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("The API operation lijst (GET Notities/{notitieId}) of plugin 'voorbeeld' has the path segment 'Notities'"));
    }

    [TestCase("personen/{bsn}")]
    [TestCase("personen/{klantBsn}")]
    [TestCase("personen/{burgerservicenummer}")]
    public void Problems_BsnPathParameter_IsRejected(string path)
    {
        var problems = ApiOperationCheck.Problems([Operation("persoon", path)]);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("which looks like a BSN. A BSN never goes in a URL"));
    }

    [Test]
    public void Problems_BsnQueryParameter_IsRejected()
    {
        var definition = Definition("zoek", "personen", ApiMethod.Get) with
        {
            QueryParameters = [new ApiQueryParameter("bsn", new("BSN", "BSN"))],
        };

        var problems = ApiOperationCheck.Problems([new RegisteredApiOperation("voorbeeld", definition)]);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("the parameter 'bsn'"));
    }

    [Test]
    public void Problems_SameMethodAndPath_NamesBothPlugins()
    {
        var problems = ApiOperationCheck.Problems(
        [
            new RegisteredApiOperation("eerste", Definition("a", "notities/{id}", ApiMethod.Get)),
            new RegisteredApiOperation("tweede", Definition("b", "notities/{notitieId}", ApiMethod.Get)),
        ]);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "The API operation GET notities/{id} is registered more than once, by plugin 'eerste' and plugin 'tweede'. Give each operation its own method and path.",
        }));
    }

    [Test]
    public void Problems_SameOperationId_IsRejected()
    {
        var problems = ApiOperationCheck.Problems([Operation("lijst", "notities"), Operation("lijst", "taken")]);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "The API operation id 'lijst' is used more than once, by plugin 'voorbeeld'. Give each operation its own operationId.",
        }));
    }

    [Test]
    public void ThrowIfInvalid_Problem_ThrowsWithMessage()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => ApiOperationCheck.ThrowIfInvalid([Operation("lijst", "/notities")]));

        Assert.That(exception!.Message, Does.StartWith("The plugins' API operations cannot be mapped: The API operation lijst (GET /notities) of plugin 'voorbeeld' has a path that is empty or starts with '/'."));
    }

    private static RegisteredApiOperation Operation(string operationId, string path, ApiMethod method = ApiMethod.Get) =>
        new("voorbeeld", Definition(operationId, path, method));

    private static ApiOperationDefinition Definition(string operationId, string path, ApiMethod method) =>
        new(operationId, method, path, "voorbeeld.view", new("Test", "Test")) { ResponseSchema = """{"type":"object"}""" };
}
