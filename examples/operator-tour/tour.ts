import { createXerotierClient } from "@xerotier/api";
import { DEMO, type Router } from "@xerotier/testing";
import type { TourContext } from "./context";
import { manageApprovals } from "./guides/approvals";
import { respondToAlerts } from "./guides/alerts";
import { deployFirstXem } from "./guides/deploy";
import { investigateExecution } from "./guides/investigate";
import { rotateCredentials } from "./guides/rotate";
import { rotateToolCredentials } from "./guides/rotate-tool-credentials";
import { createPrinter, type TourPrinter } from "./print";
import { createXeroctl } from "./xeroctl";

/** The guides in the order of the operator's first week. */
export const GUIDES = [deployFirstXem, manageApprovals, respondToAlerts, investigateExecution, rotateToolCredentials, rotateCredentials] as const;

/** Runs every operator guide against a reference router reachable at `baseUrl`. */
export async function runOperatorTour(options: { router: Router; baseUrl: string; print?: TourPrinter }): Promise<void> {
  const clientFor = (apiKey: string) => createXerotierClient({ baseUrl: options.baseUrl, project: DEMO.project, apiKey });
  const print = options.print ?? createPrinter();
  const xeroctl = createXeroctl(options.baseUrl, DEMO.project, "xero_demo_admin");
  const context: TourContext = {
    client: clientFor("xero_demo_admin"),
    readonlyClient: clientFor("xero_demo_readonly"),
    router: options.router,
    print,
    async command(title, line, { show, ...run } = {}) {
      print.step(title, line);
      const result = await xeroctl(line, run);
      const text = show ? show(result) : `${result.stdout}${result.stderr}`.trimEnd();
      if (text !== "") print.detail(text);
      return result;
    },
  };
  for (const guide of GUIDES) await guide(context);
}
