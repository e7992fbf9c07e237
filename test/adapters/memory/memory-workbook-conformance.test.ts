import { describePortConformance } from "../../support/port-conformance";
import { makeMemoryPort } from "./memory-under-test";

describePortConformance("MemoryWorkbook", makeMemoryPort);
