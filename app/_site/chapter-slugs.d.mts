export declare function slugOf(file: string): string
export declare function chapterSlugs(dir: string): string[]
export declare function unknownSlugSegment(slugs: string[]): string
