import { describePortConformance } from "../../support/port-conformance";
import { makeXlsxPort } from "./xlsx-under-test";

describePortConformance("XlsxWorkbook", makeXlsxPort);
