/* Certificates for the https dev server. Office only loads add-ins over https; office-addin-dev-certs
 * makes a localhost certificate and a CA and tries to trust the CA. On Linux without sudo (or in a
 * container) trusting fails; we still serve with the generated certificate and say how to trust it. */
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

function readCertificates() {
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

async function getHttpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = String((error && error.message) || error).split("\n")[0];
    if (
      !fs.existsSync(defaults.localhostCertificatePath) ||
      !fs.existsSync(defaults.localhostKeyPath)
    ) {
      await devCerts.generateCertificates();
    }
    process.stderr.write(
      [
        `maison-drills: the development CA could not be trusted automatically (${reason}).`,
        "Serving over https anyway with the certificate in " + defaults.certificateDirectory + ".",
        "To trust it: import " + defaults.caCertificatePath + " into your browser's or system's",
        "trusted authorities (Linux: copy it to /usr/local/share/ca-certificates/ and run",
        "update-ca-certificates as root), or run `npx office-addin-dev-certs install` where sudo works.",
        "",
      ].join("\n")
    );
    return readCertificates();
  }
}

module.exports = { getHttpsOptions };
