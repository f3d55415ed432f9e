namespace HomeBase.Core.Dashboards;

/// <summary>One product's Secure Score controls: the points the tenant has of what they are worth, and how many have points left.</summary>
public sealed record ProductScore(string Product, double Points, double Worth, Count ToDo, string Href);
