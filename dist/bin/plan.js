export { S as EXIT, x as main } from "./core-CbFtKLu6.js";
