// `pnpm start`: the reference router on a port with the demo seed, and the operator tour against it.
// PORT picks the port (default: any free one); --serve keeps the router up after the tour.
import { startRouter } from "@xerotier/testing";
import { runOperatorTour } from "./tour";

const serve = process.argv.includes("--serve");
const running = await startRouter({
  port: Number(process.env.PORT ?? 0),
  seed: "demo",
  // Fast enough to watch: heartbeats every 300 ms, tools finish in a fraction of a second.
  heartbeatIntervalMs: 300,
  world: { toolRunMs: 400, startDelayMs: 100 },
});
console.log(`reference router on ${running.url} (project proj_demo, API key xero_demo_admin)`);
try {
  await runOperatorTour({ router: running.router, baseUrl: running.url });
  running.router.conformance.assertClean();
  console.log("\nEvery response of the tour conformed to openapi/xerotier.yaml.");
} finally {
  if (!serve) await running.close();
}
if (serve) console.log(`\nStill serving on ${running.url}; Ctrl-C to stop.`);
