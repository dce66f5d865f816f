using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Leveringen;

public sealed class VerzuimDrempelTests
{
    [TestCase(6.00, 40, 15, false, TestName = "IsBoven_EqualToThreshold_IsFalse")]
    [TestCase(6.25, 40, 15, true, TestName = "IsBoven_QuarterAboveThreshold_IsTrue")]
    [TestCase(5.75, 40, 15, false, TestName = "IsBoven_QuarterBelowThreshold_IsFalse")]
    [TestCase(0.00, 0, 15, false, TestName = "IsBoven_NothingOffered_IsFalse")]
    [TestCase(0.00, 40, 0, false, TestName = "IsBoven_ZeroThresholdWithoutAbsence_IsFalse")]
    [TestCase(0.25, 40, 0, true, TestName = "IsBoven_ZeroThresholdWithQuarterAbsence_IsTrue")]
    [TestCase(40.00, 40, 100, false, TestName = "IsBoven_AllAbsentAt100Percent_IsFalse")]
    [TestCase(1.25, 10, 12.5, false, TestName = "IsBoven_FractionalThresholdEqual_IsFalse")]
    [TestCase(1.50, 10, 12.5, true, TestName = "IsBoven_FractionalThresholdAbove_IsTrue")]
    public void IsBoven_Boundary(decimal ongeoorloofd, decimal aangeboden, decimal drempel, bool verwacht)
    {
        Assert.That(VerzuimDrempel.IsBoven(ongeoorloofd, aangeboden, drempel), Is.EqualTo(verwacht));
    }

    [Test]
    public void Settings_DeclareThresholdWithDefault15()
    {
        var setting = new VerzuimSettings().Settings.Single();

        Assert.That(setting.Field.Key, Is.EqualTo("inburgering.verzuimdrempel"));
        Assert.That(setting.Default, Is.EqualTo("15"));
        Assert.That(setting.Field.Type, Is.EqualTo(FieldType.Number));
        Assert.That(setting.Field.Minimum, Is.EqualTo(0m));
        Assert.That(setting.Field.Maximum, Is.EqualTo(100m));
        Assert.That(setting.Field.Privacy, Is.EqualTo(PrivacyClass.Normal));
    }

    [Test]
    public void AddVerzuim_RegistersSettingRuleAndSignal()
    {
        var services = new ServiceCollection().AddVerzuim();

        Assert.That(services.Count(d => d.ServiceType == typeof(ISettingsProvider) && d.ImplementationType == typeof(VerzuimSettings)), Is.EqualTo(1));
        Assert.That(services.Count(d => d.ServiceType == typeof(ITermijnRegel)), Is.EqualTo(1));
        Assert.That(services.Count(d => d.ServiceType == typeof(IVerzuimSignalering) && d.ImplementationType == typeof(VerzuimSignalering)), Is.EqualTo(1));
    }
}
