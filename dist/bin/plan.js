export { M as EXIT, j as main } from "./core.js";
