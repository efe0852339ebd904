/** Prints the tour as numbered steps, each with the `xeroctl` line an operator would type. */
export interface TourPrinter {
  guide(title: string): void;
  step(title: string, xeroctl?: string): void;
  detail(text: string): void;
}

/** A printer writing to a line sink (console.log by default). */
export function createPrinter(write: (line: string) => void = console.log): TourPrinter {
  let stepNo = 0;
  return {
    guide(title) {
      stepNo = 0;
      write(`\n== ${title} ==`);
    },
    step(title, xeroctl) {
      stepNo += 1;
      write(`\n${stepNo}. ${title}`);
      if (xeroctl) write(`   $ ${xeroctl}`);
    },
    detail(text) {
      for (const line of text.split("\n")) write(`   ${line}`);
    },
  };
}
