import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

describe("recalculateWithLibreOffice", () => {
  it("fails with a clear error (never skips) when soffice cannot be found", async () => {
    const dir = mkdtempSync(join(tmpdir(), "maison-lo-missing-"));
    const previous = process.env.SOFFICE;
    process.env.SOFFICE = join(dir, "no-such-soffice");
    try {
      const input = join(dir, "in.xlsx");
      writeFileSync(input, "not used");
      let recalculate: typeof import("../support/libreoffice").recalculateWithLibreOffice =
        async () => "";
      jest.isolateModules(() => {
        ({ recalculateWithLibreOffice: recalculate } =
          jest.requireActual<typeof import("../support/libreoffice")>("../support/libreoffice"));
      });
      await expect(recalculate(input, join(dir, "out"))).rejects.toThrow(
        /LibreOffice \(soffice\) is needed .* apt-get install -y libreoffice-calc-nogui/
      );
    } finally {
      if (previous === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = previous;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to write over its own input", async () => {
    const { recalculateWithLibreOffice } = await import("../support/libreoffice");
    const dir = mkdtempSync(join(tmpdir(), "maison-lo-same-"));
    try {
      await expect(recalculateWithLibreOffice(join(dir, "a.xlsx"), dir)).rejects.toThrow(
        /outDir must differ/
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
