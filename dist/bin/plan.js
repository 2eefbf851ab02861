export { H as EXIT, V as main } from "./core.js";
