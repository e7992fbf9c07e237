import type { CliCommand } from "../command";
import { checkCommand } from "./check";
import { noticesCommand } from "./notices";
import { scoreCommand } from "./score";
import { targetsCommand } from "./targets";
import { warnCommand } from "./warn";

/**
 * The registry of `postloan` subcommands, in the order the help lists them.
 * Adding a command is a file under this folder and one line here.
 */
export const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  scoreCommand,
  warnCommand,
  noticesCommand,
  targetsCommand,
];
