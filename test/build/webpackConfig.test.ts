import path from "path";

/* The development server serves the add-in to this machine's Office only: it must never listen on
 * the network (a candidate's workbook talks to it while they work). */
type Config = { devServer?: { host?: string; port?: unknown } };
type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Promise<Config>;

describe("webpack.config.js", () => {
  it("has the development server listen on localhost only", async () => {
    const factory = require(
      path.resolve(__dirname, "..", "..", "webpack.config.js")
    ) as ConfigFactory;
    for (const mode of ["development", "production"]) {
      const config = await factory({}, { mode });
      expect(config.devServer?.host).toBe("localhost");
    }
  });
});
