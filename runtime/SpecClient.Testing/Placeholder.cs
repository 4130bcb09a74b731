namespace SpecClient.Testing;
