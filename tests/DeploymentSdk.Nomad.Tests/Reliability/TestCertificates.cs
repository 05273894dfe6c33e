using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// A throw-away PKI made in the test: a CA, a server certificate for 127.0.0.1/localhost/server.global.nomad, a server
/// certificate for server.global.nomad only, a client certificate, and an unrelated CA; the PEM files the options point
/// at are written to a temporary folder that is deleted on dispose.
/// </summary>
internal sealed class TestCertificates : IDisposable
{
    public TestCertificates()
    {
        Folder = Directory.CreateTempSubdirectory("deploymentsdk-tls-").FullName;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Ca = CreateCa("CN=DeploymentSdk Test CA", caKey);
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var otherCa = CreateCa("CN=Some Other CA", otherKey);

        Server = Issue(Ca, caKey, "CN=server.global.nomad", serverAuth: true, ["server.global.nomad", "localhost"], [IPAddress.Loopback], out _);
        NameOnlyServer = Issue(Ca, caKey, "CN=server.global.nomad", serverAuth: true, ["server.global.nomad"], [], out _);
        Client = Issue(Ca, caKey, "CN=nomad-cli", serverAuth: false, [], [], out var clientKey);

        CaPath = Write("ca.pem", Ca.ExportCertificatePem());
        OtherCaPath = Write("other-ca.pem", otherCa.ExportCertificatePem());
        ClientCertificatePath = Write("client.pem", Client.ExportCertificatePem());
        ClientKeyPath = Write("client-key.pem", clientKey);
    }

    public string Folder { get; }

    public X509Certificate2 Ca { get; }

    public X509Certificate2 Server { get; }

    public X509Certificate2 NameOnlyServer { get; }

    public X509Certificate2 Client { get; }

    public string CaPath { get; }

    public string OtherCaPath { get; }

    public string ClientCertificatePath { get; }

    public string ClientKeyPath { get; }

    public void Dispose()
    {
        Ca.Dispose();
        Server.Dispose();
        NameOnlyServer.Dispose();
        Client.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private static X509Certificate2 CreateCa(string subject, ECDsa key)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static X509Certificate2 Issue(
        X509Certificate2 ca, ECDsa caKey, string subject, bool serverAuth, string[] dnsNames, IPAddress[] addresses, out string keyPem)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [serverAuth ? new Oid("1.3.6.1.5.5.7.3.1") : new Oid("1.3.6.1.5.5.7.3.2")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        if (dnsNames.Length + addresses.Length > 0)
        {
            var names = new SubjectAlternativeNameBuilder();
            foreach (var dns in dnsNames)
            {
                names.AddDnsName(dns);
            }

            foreach (var address in addresses)
            {
                names.AddIpAddress(address);
            }

            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(ca.SubjectName, X509SignatureGenerator.CreateForECDsa(caKey), DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), serial);
        keyPem = key.ExportPkcs8PrivateKeyPem();

        // Through PKCS#12, so that the TLS stack of every platform can use the private key.
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    private string Write(string name, string pem)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, pem);
        return path;
    }
}
