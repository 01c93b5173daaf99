export * from './catalogue'
export * from './generate'
export { Random } from './random'
